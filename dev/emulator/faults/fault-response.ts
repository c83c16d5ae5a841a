import type { JiraResponse } from '../http/jira-response';
import type { FaultDecision } from './fault-rule';

const PLAIN_TEXT: Record<number, string> = {
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
};

/** What an injected 429 reports as the window's budget: spent. */
const RATE_LIMIT_LIMIT = 100;
const MINUTE_MS = 60_000;

/**
 * `X-RateLimit-Reset`: "the timestamp (in ISO 8601 format) when the rate limit will reset,
 * calculated as the request timestamp plus the Retry-After period … yyyy-MM-ddTHH:mmZ". The
 * format has no seconds; rounding up keeps a client that waits for it from retrying early.
 */
export function rateLimitReset(nowMs: number, retryAfterSeconds: number): string {
  const at = Math.ceil((nowMs + retryAfterSeconds * 1000) / MINUTE_MS) * MINUTE_MS;
  return `${new Date(at).toISOString().slice(0, 16)}Z`;
}

/**
 * The answer a status fault gives instead of Jira's. A 429 carries the headers Atlassian's
 * "Rate limiting" page documents (`X-RateLimit-Limit`, `X-RateLimit-Remaining`,
 * `X-RateLimit-NearLimit`, `RateLimit-Reason`) and, when the rule sets a wait, `Retry-After` with
 * `X-RateLimit-Reset` ("429 responses may be accompanied by Retry-After and X-RateLimit-Reset",
 * so without a wait neither is sent). A 5xx only gets `Retry-After`, when the rule sets one.
 */
export function faultResponse(
  status: NonNullable<FaultDecision['status']>,
  nowMs: number,
): JiraResponse {
  const wait = status.retryAfterSeconds;
  const headers: Record<string, string> = wait !== undefined ? { 'retry-after': String(wait) } : {};
  if (status.code === 429) {
    return {
      status: 429,
      headers: {
        ...headers,
        ...(wait !== undefined ? { 'x-ratelimit-reset': rateLimitReset(nowMs, wait) } : {}),
        'x-ratelimit-limit': String(RATE_LIMIT_LIMIT),
        'x-ratelimit-remaining': '0',
        'x-ratelimit-nearlimit': 'true',
        'ratelimit-reason': status.rateLimitReason ?? 'jira-burst-based',
      },
      body: { errorMessages: ['Rate limit exceeded.'], errors: {} },
    };
  }
  if (status.code === 500) {
    return { status: 500, headers, body: { errorMessages: ['Internal server error'], errors: {} } };
  }
  // Gateways and proxies in front of Jira answer in plain text, not Jira JSON.
  return { status: status.code, headers, body: PLAIN_TEXT[status.code] ?? 'Service Unavailable' };
}
