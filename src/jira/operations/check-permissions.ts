import { route } from '@forge/api';
import type { JiraRequester } from '../jira-request';

interface BulkPermissionGrants {
  projectPermissions?: { permission?: string; projects?: number[] }[];
}

/**
 * `POST /rest/api/3/permissions/check` for another user (the app asks on behalf of the person
 * who started an async run): which of `permissions` `accountId` holds in the project.
 */
export async function checkPermissions(
  jira: JiraRequester,
  args: { accountId: string; projectId: string; permissions: readonly string[] },
): Promise<Record<string, boolean>> {
  const projectId = Number(args.projectId);
  const { body } = await jira.send<BulkPermissionGrants>({
    operation: 'getBulkPermissions',
    method: 'POST',
    route: route`/rest/api/3/permissions/check`,
    body: {
      accountId: args.accountId,
      projectPermissions: [{ permissions: [...args.permissions], projects: [projectId] }],
    },
    retry: 'transient',
  });
  const held: Record<string, boolean> = {};
  for (const p of args.permissions) {
    held[p] = (body.projectPermissions ?? []).some(
      (g) => g.permission === p && (g.projects ?? []).includes(projectId),
    );
  }
  return held;
}
