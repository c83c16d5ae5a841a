import { undoRefusal, viewRun, type PermissionAsker } from '../run';
import type { Run, RunView } from '../contract';
import type { AppEnvironment } from '../app-environment';
import type { InvocationScope } from './invocation-context';

interface Held {
  administersProject: boolean;
  deletesIssues: boolean;
}

/** Why someone has no Undo on a finished run that made issues, in their words; none if they have it. */
export function undoUnavailable(
  run: Run,
  view: Pick<RunView, 'actions' | 'underWay'>,
  held: Held | null,
  caller: { accountId: string; projectKey: string },
): string | undefined {
  if (view.actions.includes('undo') || view.underWay || held === null) return undefined;
  switch (undoRefusal(run, { accountId: caller.accountId, ...held })) {
    case 'needs-delete-permission':
      return `Undo needs the "Delete issues" permission in ${caller.projectKey}, which you do not have: someone who has it can undo this run from here.`;
    case 'not-theirs':
      return `Only the person who ran this, or an administrator of ${caller.projectKey}, can undo it.`;
    case undefined:
      return undefined;
  }
}

/** The run with the actions the person calling may take on it now, and why Undo is not one. */
export async function viewForCaller(
  env: AppEnvironment,
  run: Run,
  scope: InvocationScope,
  /** The person's permissions as this invocation already asks them, if it does. */
  permissions?: PermissionAsker,
): Promise<RunView> {
  // Asked at most once: viewRun asks only when undo is possible at all; the note reuses it.
  let held: Held | null = null;
  const ask: PermissionAsker =
    permissions ?? ((wanted) => env.jira('user').getMyPermissions(scope.projectId, wanted));
  const view = await viewRun(env, run, {
    accountId: scope.accountId,
    permissions: async () => {
      const answer = await ask(['ADMINISTER_PROJECTS', 'DELETE_ISSUES']);
      held = {
        administersProject: answer.ADMINISTER_PROJECTS === true,
        deletesIssues: answer.DELETE_ISSUES === true,
      };
      return held;
    },
  });
  const note = undoUnavailable(run, view, held, scope);
  return note === undefined ? view : { ...view, undoUnavailable: note };
}
