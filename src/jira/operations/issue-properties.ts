import { route } from '@forge/api';
import { JiraHttpError } from '../jira-errors';
import type { JiraRequester } from '../jira-request';

/** `GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}`; `undefined` when not set. */
export async function getIssueProperty<T>(
  jira: JiraRequester,
  issueIdOrKey: string,
  propertyKey: string,
): Promise<T | undefined> {
  try {
    const { body } = await jira.send<{ key: string; value: T }>({
      operation: 'getIssueProperty',
      method: 'GET',
      route: route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`,
      retry: 'transient',
    });
    return body.value;
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return undefined;
    throw error;
  }
}

/** `PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}` (idempotent, so retried). */
export async function setIssueProperty(
  jira: JiraRequester,
  issueIdOrKey: string,
  propertyKey: string,
  value: unknown,
): Promise<void> {
  await jira.send({
    operation: 'setIssueProperty',
    method: 'PUT',
    route: route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`,
    body: value,
    retry: 'transient',
  });
}
