import type { JiraResponse } from '../http/jira-response';
import type { FaultDecision } from './fault-rule';

const PLAIN_TEXT: Record<number, string> = {
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
};

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
  // Gateways and proxies in front of Jira answer in plain text, not Jira JSON.
  return { status: status.code, headers, body: PLAIN_TEXT[status.code] ?? 'Service Unavailable' };
}
