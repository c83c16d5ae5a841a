import type { JiraResponse } from '../http/jira-response';
import type { FaultDecision } from './fault-rule';

/** The answer a status fault gives instead of Jira's, with `Retry-After` when the rule sets one. */
export function faultResponse(status: NonNullable<FaultDecision['status']>): JiraResponse {
  const headers: Record<string, string> =
    status.retryAfterSeconds !== undefined
      ? { 'retry-after': String(status.retryAfterSeconds) }
      : {};
  if (status.code === 429) {
    return { status: 429, headers, body: { errorMessages: ['Rate limit exceeded.'], errors: {} } };
  }
  if (status.code === 500) {
    return { status: 500, headers, body: { errorMessages: ['Internal server error'], errors: {} } };
  }
  // Gateways in front of Jira answer 502/503 in plain text, not Jira JSON.
  return {
    status: status.code,
    headers,
    body: status.code === 502 ? 'Bad Gateway' : 'Service Unavailable',
  };
}
