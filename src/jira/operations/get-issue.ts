import { route } from '@forge/api';
import type { JiraRequester } from '../jira-request';

export interface JiraIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
  properties?: Record<string, unknown>;
}

/** `GET /rest/api/3/issue/{issueIdOrKey}` with only the fields asked for. */
export async function getIssue(
  jira: JiraRequester,
  issueIdOrKey: string,
  options: { fields?: string[]; properties?: string[] } = {},
): Promise<JiraIssue> {
  const fields = (options.fields ?? ['summary']).join(',');
  const properties = (options.properties ?? []).join(',');
  const { body } = await jira.send<JiraIssue>({
    operation: 'getIssue',
    method: 'GET',
    route: properties
      ? route`/rest/api/3/issue/${issueIdOrKey}?fields=${fields}&properties=${properties}`
      : route`/rest/api/3/issue/${issueIdOrKey}?fields=${fields}`,
    retry: 'transient',
  });
  return body;
}
