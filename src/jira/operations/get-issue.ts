import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequester } from '../jira-request';

export interface JiraIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
  properties?: Record<string, unknown>;
}

/** Jira's `IssueBean` as the app reads it: the id and key it asked by, and the fields asked for. */
const issueSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()).default({}),
  properties: z.record(z.string(), z.unknown()).optional(),
});

/** `GET /rest/api/3/issue/{issueIdOrKey}` with only the fields asked for. */
export async function getIssue(
  jira: JiraRequester,
  issueIdOrKey: string,
  options: { fields?: string[]; properties?: string[] } = {},
): Promise<JiraIssue> {
  const fields = (options.fields ?? ['summary']).join(',');
  const properties = (options.properties ?? []).join(',');
  const { body } = await jira.send({
    operation: 'getIssue',
    method: 'GET',
    route: properties
      ? route`/rest/api/3/issue/${issueIdOrKey}?fields=${fields}&properties=${properties}`
      : route`/rest/api/3/issue/${issueIdOrKey}?fields=${fields}`,
    retry: 'transient',
    answer: issueSchema,
  });
  return body;
}
