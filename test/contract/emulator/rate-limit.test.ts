/**
 * An injected 429 answers with the headers Atlassian's "Rate limiting" page documents, so the
 * app's backoff is tested against what Jira sends. The clock is injected for X-RateLimit-Reset.
 */
import { useEmulator } from './emulator-harness';

const NOW = Date.parse('2026-03-26T16:24:52.503Z');
const jira = useEmulator({ now: () => NOW });

describe('an injected 429', () => {
  it('sends Retry-After, X-RateLimit-Reset (now + Retry-After, to the minute), limit, remaining and reason', async () => {
    jira.emulator.addFault({ status: 429, retryAfterSeconds: 90 });
    const reply = await jira.get('/rest/api/3/myself');
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('90');
    // 16:24:52.503 + 90 s = 16:26:22.503, rounded up to the minute so waiting for it is enough.
    expect(reply.headers.get('x-ratelimit-reset')).toBe('2026-03-26T16:27Z');
    expect(reply.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/);
    expect(reply.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(reply.headers.get('x-ratelimit-nearlimit')).toBe('true');
    expect(reply.headers.get('ratelimit-reason')).toBe('jira-burst-based');
  });

  it('rounds a reset just past a minute boundary up to the next minute', async () => {
    jira.emulator.addFault({ status: 429, retryAfterSeconds: 8 });
    const reply = await jira.get('/rest/api/3/myself');
    // 16:24:52.503 + 8 s = 16:25:00.503 → 16:26.
    expect(reply.headers.get('x-ratelimit-reset')).toBe('2026-03-26T16:26Z');
  });

  it('sends neither Retry-After nor X-RateLimit-Reset when the rule sets no wait', async () => {
    jira.emulator.addFault({ status: 429 });
    const reply = await jira.get('/rest/api/3/myself');
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBeNull();
    expect(reply.headers.get('x-ratelimit-reset')).toBeNull();
    expect(reply.headers.get('ratelimit-reason')).toBe('jira-burst-based');
  });

  it.each([
    'jira-per-issue-on-write',
    'jira-quota-tenant-based',
    'jira-quota-global-based',
  ] as const)('reports RateLimit-Reason %s when the rule asks for it', async (reason) => {
    jira.emulator.addFault({ status: 429, retryAfterSeconds: 1, rateLimitReason: reason });
    expect((await jira.get('/rest/api/3/myself')).headers.get('ratelimit-reason')).toBe(reason);
  });

  it('refuses a rateLimitReason on anything but a 429, and an undocumented reason', () => {
    expect(() =>
      jira.emulator.addFault({ status: 503, rateLimitReason: 'jira-burst-based' }),
    ).toThrow(/rateLimitReason/);
    expect(() =>
      jira.emulator.addFault({ status: 429, rateLimitReason: 'made-up' as 'jira-burst-based' }),
    ).toThrow();
  });

  it('sends no rate-limit headers on a 503, only Retry-After', async () => {
    jira.emulator.addFault({ status: 503, retryAfterSeconds: 2 });
    const reply = await jira.get('/rest/api/3/myself');
    expect(reply.headers.get('retry-after')).toBe('2');
    expect(reply.headers.get('ratelimit-reason')).toBeNull();
    expect(reply.headers.get('x-ratelimit-reset')).toBeNull();
  });
});
