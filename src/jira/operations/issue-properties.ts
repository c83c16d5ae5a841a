import { route } from '@forge/api';
import { z } from 'zod';
import { JiraHttpError } from '../jira-errors';
import type { JiraRequester } from '../jira-request';

/**
 * `GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}`; `undefined` when not set.
 * An entity property is anyone's to write, so its value is read with the caller's schema (Jira's
 * `EntityProperty`: key and value); a value of another shape is a `JiraAnswerError`.
 */
export async function getIssueProperty<T>(
  jira: JiraRequester,
  issueIdOrKey: string,
  propertyKey: string,
  value: z.ZodType<T>,
): Promise<T | undefined> {
  try {
    const { body } = await jira.send({
      operation: 'getIssueProperty',
      method: 'GET',
      route: route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`,
      retry: 'transient',
      answer: z.looseObject({ key: z.string().optional(), value }),
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
    // 200 or 201, nothing the app reads.
    answer: z.unknown(),
  });
}
