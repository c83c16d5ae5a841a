import { route } from '@forge/api';
import type { JiraRequester } from '../jira-request';

interface Permissions {
  permissions?: Record<string, { havePermission?: boolean }>;
}

/**
 * `GET /rest/api/3/mypermissions` without a project: which of the global `permissions`
 * (such as `ADMINISTER`, "Administer Jira") the calling user holds on the site.
 */
export async function getMyGlobalPermissions(
  jira: JiraRequester,
  permissions: readonly string[],
): Promise<Record<string, boolean>> {
  const { body } = await jira.send<Permissions>({
    operation: 'getMyPermissions',
    method: 'GET',
    route: route`/rest/api/3/mypermissions?permissions=${permissions.join(',')}`,
    retry: 'transient',
  });
  const held: Record<string, boolean> = {};
  for (const p of permissions) held[p] = body.permissions?.[p]?.havePermission === true;
  return held;
}
