import {
  backoffDelay,
  decideRetry,
  DEFAULT_RETRY_POLICY,
  mayHaveBeenApplied,
  parseRateLimitReset,
  parseRetryAfter,
  type AttemptFailure,
} from '../../../src/jira/retry-timing';

const NOW = Date.parse('2025-03-01T12:00:00Z');
const decide = (failure: AttemptFailure, attempt = 1, random = 0.5) =>
  decideRetry({ failure, attempt, policy: DEFAULT_RETRY_POLICY, nowMs: NOW, random });

describe('retry timing', () => {
  it('waits exactly the Retry-After seconds of a 429, without jitter', () => {
    for (const random of [0, 0.3, 0.99]) {
      expect(decide({ kind: 'http', status: 429, retryAfter: '7' }, 1, random)).toEqual({
        retry: true,
        delayMs: 7000,
        source: 'server',
      });
    }
  });

  it('honours Retry-After on a 503 too', () => {
    expect(decide({ kind: 'http', status: 503, retryAfter: '2' })).toMatchObject({
      retry: true,
      delayMs: 2000,
    });
  });

  it('reads Retry-After given as an HTTP date', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:05 GMT', NOW)).toBe(5000);
  });

  it('falls back to X-RateLimit-Reset when Retry-After is absent', () => {
    const decision = decide({
      kind: 'http',
      status: 429,
      rateLimitReset: '2025-03-01T12:00:03.000Z',
    });
    expect(decision).toEqual({ retry: true, delayMs: 3000, source: 'server' });
  });

  it('treats a reset time in the past as "now"', () => {
    expect(parseRateLimitReset('2025-03-01T11:59:00Z', NOW)).toBe(0);
  });

  it.each([400, 401, 403, 404, 409, 422])('never retries a %i', (status) => {
    expect(decide({ kind: 'http', status, retryAfter: '1' })).toEqual({
      retry: false,
      reason: 'not-retryable',
    });
  });

  it('backs off exponentially with jitter on other server errors', () => {
    const low = [1, 2, 3, 4].map((attempt) => decide({ kind: 'http', status: 500 }, attempt, 0));
    const high = [1, 2, 3, 4].map((attempt) => decide({ kind: 'http', status: 502 }, attempt, 1));
    expect(low.map((d) => (d.retry ? d.delayMs : -1))).toEqual([250, 500, 1000, 2000]);
    expect(high.map((d) => (d.retry ? d.delayMs : -1))).toEqual([500, 1000, 2000, 4000]);
  });

  it('caps the backoff', () => {
    expect(backoffDelay(30, DEFAULT_RETRY_POLICY, 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });

  it('backs off on a network error', () => {
    expect(decide({ kind: 'network' }, 2, 0.5)).toEqual({
      retry: true,
      delayMs: 750,
      source: 'backoff',
    });
  });

  it('backs off with jitter on a 429 that names no wait', () => {
    expect(decide({ kind: 'http', status: 429 }, 1, 0)).toEqual({
      retry: true,
      delayMs: 250,
      source: 'backoff',
    });
  });

  it('stops after the last attempt', () => {
    expect(decide({ kind: 'http', status: 503 }, DEFAULT_RETRY_POLICY.maxAttempts)).toEqual({
      retry: false,
      reason: 'attempts-exhausted',
    });
  });

  it('refuses to wait out a server delay longer than the policy allows, and says how long it was', () => {
    expect(decide({ kind: 'http', status: 429, retryAfter: '3600' })).toEqual({
      retry: false,
      reason: 'server-delay-too-long',
      delayMs: 3_600_000,
    });
  });

  it('knows a 4xx (429 included) was refused before Jira acted, while a 5xx or lost connection may hide a write', () => {
    expect(mayHaveBeenApplied({ kind: 'http', status: 429 })).toBe(false);
    expect(mayHaveBeenApplied({ kind: 'http', status: 400 })).toBe(false);
    expect(mayHaveBeenApplied({ kind: 'http', status: 503 })).toBe(true);
    // Load shedding: Jira refused before acting, as with a 429.
    expect(mayHaveBeenApplied({ kind: 'http', status: 503, retryAfter: '2' })).toBe(false);
    expect(mayHaveBeenApplied({ kind: 'network' })).toBe(true);
  });
});
