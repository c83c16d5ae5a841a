import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequester } from '../jira-request';

export interface IssueLinkTypeInfo {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

/** Jira's `IssueLinkTypes` (`IssueLinkType`: id, name, inward, outward; all optional). */
const issueLinkTypesSchema = z.looseObject({
  issueLinkTypes: z
    .array(
      z.looseObject({
        id: z.string().optional(),
        name: z.string().optional(),
        inward: z.string().optional(),
        outward: z.string().optional(),
      }),
    )
    .optional(),
});

/** `GET /rest/api/3/issueLinkType`. */
export async function getIssueLinkTypes(jira: JiraRequester): Promise<IssueLinkTypeInfo[]> {
  const { body } = await jira.send({
    operation: 'getIssueLinkTypes',
    method: 'GET',
    route: route`/rest/api/3/issueLinkType`,
    retry: 'transient',
    answer: issueLinkTypesSchema,
  });
  return (body.issueLinkTypes ?? []).flatMap((t) =>
    t.id !== undefined && t.name !== undefined
      ? [{ id: t.id, name: t.name, inward: t.inward ?? '', outward: t.outward ?? '' }]
      : [],
  );
}
