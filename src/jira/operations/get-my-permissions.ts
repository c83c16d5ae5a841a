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
 * `GET /rest/api/3/mypermissions` for one project: which of `permissions` the calling user
 * holds there.
 */
export async function getMyPermissions(
  jira: JiraRequester,
  projectId: string,
  permissions: readonly string[],
): Promise<Record<string, boolean>> {
  const { body } = await jira.send({
    operation: 'getMyPermissions',
    method: 'GET',
    route: route`/rest/api/3/mypermissions?projectId=${projectId}&permissions=${permissions.join(',')}`,
    retry: 'transient',
    answer: permissionsSchema,
  });
  const held: Record<string, boolean> = {};
  for (const p of permissions) held[p] = body.permissions?.[p]?.havePermission === true;
  return held;
}
