import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequester } from '../jira-request';

/** Jira's `Permissions`: each asked-for key to a `UserPermission`, whose `havePermission` it reads. */
const permissionsSchema = z.looseObject({
  permissions: z
    .record(z.string(), z.looseObject({ havePermission: z.boolean().optional() }))
    .optional(),
});

/**
 * `GET /rest/api/3/mypermissions` without a project: which of the global `permissions`
 * (such as `ADMINISTER`, "Administer Jira") the calling user holds on the site.
 */
export async function getMyGlobalPermissions(
  jira: JiraRequester,
  permissions: readonly string[],
): Promise<Record<string, boolean>> {
  const { body } = await jira.send({
    operation: 'getMyPermissions',
    method: 'GET',
    route: route`/rest/api/3/mypermissions?permissions=${permissions.join(',')}`,
    retry: 'transient',
    answer: permissionsSchema,
  });
  const held: Record<string, boolean> = {};
  for (const p of permissions) held[p] = body.permissions?.[p]?.havePermission === true;
  return held;
}
