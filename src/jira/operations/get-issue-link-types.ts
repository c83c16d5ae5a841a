import { route } from '@forge/api';
import type { JiraRequester } from '../jira-request';

export interface IssueLinkTypeInfo {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

/** `GET /rest/api/3/issueLinkType`. */
export async function getIssueLinkTypes(jira: JiraRequester): Promise<IssueLinkTypeInfo[]> {
  const { body } = await jira.send<{ issueLinkTypes?: Partial<IssueLinkTypeInfo>[] }>({
    operation: 'getIssueLinkTypes',
    method: 'GET',
    route: route`/rest/api/3/issueLinkType`,
    retry: 'transient',
  });
  return (body.issueLinkTypes ?? []).flatMap((t) =>
    t.id !== undefined && t.name !== undefined
      ? [{ id: t.id, name: t.name, inward: t.inward ?? '', outward: t.outward ?? '' }]
      : [],
  );
}
