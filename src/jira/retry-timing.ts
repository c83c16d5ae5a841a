/**
 * When to retry a Jira request and how long to wait first — pure functions, so the policy is
 * tested without a clock. Jira Cloud's rate limiter answers 429 (and its edge sometimes 503)
 * with `Retry-After` / `X-RateLimit-Reset`: those are honoured exactly, without jitter, because
 * Jira already said when capacity returns. Other server errors and lost connections back off
 * exponentially with jitter (so parallel clients do not retry in lock-step) up to a cap.
 * Client errors (400, 401, 403, 404, …) are the caller's mistake and are never retried.
 */

export interface RetryPolicy {
  /** Total tries including the first. */
  maxAttempts: number;
  /** First backoff for 5xx / network errors; doubles per attempt. */
  baseDelayMs: number;
  /** Upper bound of any backoff. */
  maxDelayMs: number;
  /** A server-given wait longer than this is not waited out here (the caller may hand off). */
  maxServerDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
  maxServerDelayMs: 60_000,
};

/** What went wrong with one attempt. */
export type AttemptFailure =
  | { kind: 'http'; status: number; retryAfter?: string; rateLimitReset?: string }
  | { kind: 'network' };

export type RetryDecision =
  | {
      retry: false;
      reason: 'not-retryable' | 'attempts-exhausted' | 'server-delay-too-long';
      delayMs?: number;
    }
  | { retry: true; delayMs: number; source: 'server' | 'backoff' };

/** Statuses that say "the server could not do it now", as opposed to "the request is wrong". */
export function isTransientStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

/** Whether a failed attempt might still have been applied by Jira (so a create must reconcile). */
export function mayHaveBeenApplied(failure: AttemptFailure): boolean {
  // A 4xx — 429 included — is Jira refusing the request before acting on it; a transient 5xx
  // from a gateway or a dropped connection can hide a completed write. 501 and 505 say the
  // request was not understood, so nothing was done. A 503 with `Retry-After` is Jira shedding
  // load ("a 503 response may be returned when a resource limit has been reached", Atlassian's
  // "Rate limiting" page for Jira Cloud): refused before acting, like a 429.
  if (failure.kind === 'network') return true;
  if (failure.status === 503 && failure.retryAfter !== undefined) return false;
  return failure.status >= 500 && isTransientStatus(failure.status);
}

/**
 * Parses `Retry-After`: delta-seconds (`"3"`, `"0.5"`) or an HTTP-date. Returns milliseconds
 * from `nowMs`, never negative; `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Parses `X-RateLimit-Reset`, which Jira sends as an ISO 8601 timestamp of when the bucket
 * refills. Returns milliseconds from `nowMs`, never negative.
 */
export function parseRateLimitReset(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const at = Date.parse(value.trim());
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so waits still
 * grow with each attempt while parallel callers spread out. `attempt` is 1 for the first retry.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * clamp01(random));
}

/**
 * Decides whether attempt number `attempt` (1 = the first try) should be followed by another,
 * and after how long.
 */
export function decideRetry(args: {
  failure: AttemptFailure;
  attempt: number;
  policy: RetryPolicy;
  nowMs: number;
  random: number;
}): RetryDecision {
  const { failure, attempt, policy, nowMs, random } = args;
  if (failure.kind === 'http' && !isTransientStatus(failure.status)) {
    return { retry: false, reason: 'not-retryable' };
  }
  if (attempt >= policy.maxAttempts) return { retry: false, reason: 'attempts-exhausted' };

  if (failure.kind === 'http' && (failure.status === 429 || failure.status === 503)) {
    const serverDelay =
      parseRetryAfter(failure.retryAfter, nowMs) ??
      parseRateLimitReset(failure.rateLimitReset, nowMs);
    if (serverDelay !== undefined) {
      if (serverDelay > policy.maxServerDelayMs) {
        return { retry: false, reason: 'server-delay-too-long', delayMs: serverDelay };
      }
      return { retry: true, delayMs: serverDelay, source: 'server' };
    }
  }
  return { retry: true, delayMs: backoffDelay(attempt, policy, random), source: 'backoff' };
}

function clamp01(n: number): number {
  return n < 0 ? 0 : n > 1 ? 1 : n;
}
