import { route } from '@forge/api';
import { z } from 'zod';
import { JiraHttpError } from '../jira-errors';
import type { JiraRequester } from '../jira-request';

/**
 * A person's display name, `GET /rest/api/3/user?accountId=` (scope `read:jira-user`). Jira
 * answers 403 to a caller without *Browse users and groups* and 404 for an unknown account:
 * both mean "no name to show", never a failure of what asked.
 */
export async function getUserDisplayName(
  jira: JiraRequester,
  accountId: string,
): Promise<string | null> {
  try {
    const { body } = await jira.send({
      operation: 'getUser',
      method: 'GET',
      route: route`/rest/api/3/user?accountId=${accountId}`,
      retry: 'transient',
      // `User`: every field optional in the spec.
      answer: z.looseObject({ displayName: z.string().optional() }),
    });
    return body.displayName !== undefined && body.displayName.trim() !== ''
      ? body.displayName
      : null;
  } catch (error) {
    if (error instanceof JiraHttpError && (error.status === 403 || error.status === 404))
      return null;
    throw error;
  }
}
