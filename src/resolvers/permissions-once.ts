/**
 * The person's project permissions, asked of Jira once per invocation. `GET mypermissions` takes a
 * list, so the first question asks for every permission the invocation may need (`expected`) and
 * later ones are answered from that one answer: an apply asks before it claims anything, the run
 * asks before it creates, and the answer says whether Undo is offered, all in one request. A
 * permission outside `expected` is asked on its own. The answer stands for this invocation only;
 * a queued continuation asks again.
 */
import type { JiraClient } from '../jira/jira-client';
import type { PermissionAsker } from '../run';

/** What an apply may ask in one invocation: to create and link, and for the Undo it offers. */
export const APPLY_PERMISSIONS = [
  'CREATE_ISSUES',
  'LINK_ISSUES',
  'ADMINISTER_PROJECTS',
  'DELETE_ISSUES',
] as const;

export function permissionsOnce(
  jira: JiraClient,
  projectId: string,
  expected: readonly string[],
): PermissionAsker {
  let answer: Promise<Record<string, boolean>> | undefined;
  return async (wanted) => {
    if (wanted.some((p) => !expected.includes(p))) return jira.getMyPermissions(projectId, wanted);
    answer ??= jira.getMyPermissions(projectId, expected);
    try {
      const held = await answer;
      return Object.fromEntries(wanted.map((p) => [p, held[p] === true]));
    } catch (error) {
      // A failed question is not remembered: the next caller asks again.
      answer = undefined;
      throw error;
    }
  };
}
