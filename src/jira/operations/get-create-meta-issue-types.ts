import { route } from '@forge/api';
import type { JiraRequester } from '../jira-request';

/** An issue type the user can create in the project, with its place in the hierarchy. */
export interface CreateMetaIssueType {
  id: string;
  name: string;
  hierarchyLevel: number;
  subtask: boolean;
  iconUrl?: string;
}

interface Page {
  issueTypes?: Partial<CreateMetaIssueType>[];
  startAt?: number;
  maxResults?: number;
  total?: number;
}

const PAGE_SIZE = 50;

/** `GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes`, all pages. */
export async function getCreateMetaIssueTypes(
  jira: JiraRequester,
  projectIdOrKey: string,
): Promise<CreateMetaIssueType[]> {
  const types: CreateMetaIssueType[] = [];
  for (let startAt = 0; ;) {
    const { body } = await jira.send<Page>({
      operation: 'getCreateIssueMetaIssueTypes',
      method: 'GET',
      route: route`/rest/api/3/issue/createmeta/${projectIdOrKey}/issuetypes?startAt=${startAt}&maxResults=${PAGE_SIZE}`,
      retry: 'transient',
    });
    const page = body.issueTypes ?? [];
    for (const t of page) {
      if (typeof t.id !== 'string') continue;
      types.push({
        id: t.id,
        name: t.name ?? t.id,
        hierarchyLevel: t.hierarchyLevel ?? (t.subtask ? -1 : 0),
        subtask: t.subtask ?? false,
        ...(typeof t.iconUrl === 'string' ? { iconUrl: t.iconUrl } : {}),
      });
    }
    startAt += page.length;
    if (page.length === 0 || body.total === undefined || startAt >= body.total) return types;
  }
}
