import { route } from '@forge/api';
import type { JiraRequester } from '../jira-request';

interface Permissions {
  permissions?: Record<string, { havePermission?: boolean }>;
}

/**
 * `GET /rest/api/3/mypermissions` for one project: which of `permissions` the calling user
 * holds there.
 */
export async function getMyPermissions(
  jira: JiraRequester,
  projectId: string,
  permissions: readonly string[],
): Promise<Record<string, boolean>> {
  const { body } = await jira.send<Permissions>({
    operation: 'getMyPermissions',
    method: 'GET',
    route: route`/rest/api/3/mypermissions?projectId=${projectId}&permissions=${permissions.join(',')}`,
    retry: 'transient',
  });
  const held: Record<string, boolean> = {};
  for (const p of permissions) held[p] = body.permissions?.[p]?.havePermission === true;
  return held;
}
