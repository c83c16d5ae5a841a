import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequester } from '../jira-request';

/** An issue type the user can create in the project, with its place in the hierarchy. */
export interface CreateMetaIssueType {
  id: string;
  name: string;
  hierarchyLevel: number;
  subtask: boolean;
  iconUrl?: string;
}

/** Jira's `IssueTypeIssueCreateMetadata`: every field optional in the spec; the id is needed. */
const issueTypeSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  hierarchyLevel: z.number().int().optional(),
  subtask: z.boolean().optional(),
  iconUrl: z.string().optional(),
});

/** `PageOfCreateMetaIssueTypes`: the spec names the list `issueTypes` and `createMetaIssueType`. */
const pageSchema = z.looseObject({
  issueTypes: z.array(issueTypeSchema).optional(),
  createMetaIssueType: z.array(issueTypeSchema).optional(),
  startAt: z.number().int().optional(),
  maxResults: z.number().int().optional(),
  total: z.number().int().optional(),
});

const PAGE_SIZE = 50;

/** `GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes`, all pages. */
export async function getCreateMetaIssueTypes(
  jira: JiraRequester,
  projectIdOrKey: string,
): Promise<CreateMetaIssueType[]> {
  const types: CreateMetaIssueType[] = [];
  for (let startAt = 0; ;) {
    const { body } = await jira.send({
      operation: 'getCreateIssueMetaIssueTypes',
      method: 'GET',
      route: route`/rest/api/3/issue/createmeta/${projectIdOrKey}/issuetypes?startAt=${startAt}&maxResults=${PAGE_SIZE}`,
      retry: 'transient',
      answer: pageSchema,
    });
    const page = body.issueTypes ?? body.createMetaIssueType ?? [];
    for (const t of page) {
      types.push({
        id: t.id,
        name: t.name ?? t.id,
        hierarchyLevel: t.hierarchyLevel ?? (t.subtask ? -1 : 0),
        subtask: t.subtask ?? false,
        ...(t.iconUrl === undefined ? {} : { iconUrl: t.iconUrl }),
      });
    }
    startAt += page.length;
    if (page.length === 0 || body.total === undefined || startAt >= body.total) return types;
  }
}
