import { route } from '@forge/api';
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
    const { body } = await jira.send<{ displayName?: unknown }>({
      operation: 'getUser',
      method: 'GET',
      route: route`/rest/api/3/user?accountId=${accountId}`,
      retry: 'transient',
    });
    return typeof body.displayName === 'string' && body.displayName.trim() !== ''
      ? body.displayName
      : null;
  } catch (error) {
    if (error instanceof JiraHttpError && (error.status === 403 || error.status === 404))
      return null;
    throw error;
  }
}
