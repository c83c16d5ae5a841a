import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequester } from '../jira-request';

/** Jira's `BulkPermissionGrants`: the project grants (`BulkProjectPermissionGrants`) it reads. */
const bulkPermissionGrantsSchema = z.looseObject({
  projectPermissions: z
    .array(
      z.looseObject({
        permission: z.string().optional(),
        projects: z.array(z.number().int()).optional(),
      }),
    )
    .optional(),
});

/**
 * `POST /rest/api/3/permissions/check` for another user (the app asks on behalf of the person
 * who started an async run): which of `permissions` `accountId` holds in the project.
 */
export async function checkPermissions(
  jira: JiraRequester,
  args: { accountId: string; projectId: string; permissions: readonly string[] },
): Promise<Record<string, boolean>> {
  const projectId = Number(args.projectId);
  const { body } = await jira.send({
    operation: 'getBulkPermissions',
    method: 'POST',
    route: route`/rest/api/3/permissions/check`,
    body: {
      accountId: args.accountId,
      projectPermissions: [{ permissions: [...args.permissions], projects: [projectId] }],
    },
    retry: 'transient',
    answer: bulkPermissionGrantsSchema,
  });
  const held: Record<string, boolean> = {};
  for (const p of args.permissions) {
    held[p] = (body.projectPermissions ?? []).some(
      (g) => g.permission === p && (g.projects ?? []).includes(projectId),
    );
  }
  return held;
}
