import { route } from '@forge/api';
import { z } from 'zod';
import { JiraAnswerError, JiraHttpError } from '../../../src/jira/jira-errors';
import { createJiraRequester } from '../../../src/jira/jira-request';
import { fakeTransport, jsonResponse } from './fake-transport';

const getIssue = {
  operation: 'getIssue',
  method: 'GET' as const,
  route: route`/rest/api/3/issue/SHOP-1`,
  retry: 'transient' as const,
  answer: z.looseObject({ key: z.string() }),
};

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
}

describe('the request wrapper', () => {
  it('retries a 429 after exactly the Retry-After it was given, then succeeds', async () => {
    const transport = fakeTransport((_, n) =>
      n === 1
        ? jsonResponse(429, { errorMessages: ['Rate limit exceeded.'] }, { 'Retry-After': '3' })
        : jsonResponse(200, { key: 'SHOP-1' }),
    );
    const { waits, sleep } = recordingSleep();
    const response = await createJiraRequester({ transport, sleep }).send(getIssue);
    expect(response.body.key).toBe('SHOP-1');
    expect(waits).toEqual([3000]);
    expect(transport.calls).toHaveLength(2);
  });

  it.each([400, 401, 403, 404])('gives up on a %i at once', async (status) => {
    const transport = fakeTransport(() => jsonResponse(status, { errorMessages: ['no'] }));
    const { waits, sleep } = recordingSleep();
    await expect(createJiraRequester({ transport, sleep }).send(getIssue)).rejects.toBeInstanceOf(
      JiraHttpError,
    );
    expect(transport.calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('does not retry a write marked "never", even on a 503: the caller must reconcile first', async () => {
    const transport = fakeTransport(() => jsonResponse(503, 'Service Unavailable'));
    const write = { ...getIssue, method: 'POST' as const, retry: 'never' as const, body: {} };
    await expect(createJiraRequester({ transport }).send(write)).rejects.toMatchObject({
      status: 503,
    });
    expect(transport.calls).toHaveLength(1);
  });

  it('retries lost connections with growing waits up to the attempt limit', async () => {
    const transport = fakeTransport(() => {
      throw new Error('ECONNRESET');
    });
    const { waits, sleep } = recordingSleep();
    const jira = createJiraRequester({
      transport,
      sleep,
      random: () => 0,
      retryPolicy: { maxAttempts: 4, baseDelayMs: 100 },
    });
    await expect(jira.send(getIssue)).rejects.toThrow('ECONNRESET');
    expect(waits).toEqual([50, 100, 200]);
  });

  it('does not start a wait that would end after the deadline', async () => {
    const transport = fakeTransport(() => jsonResponse(429, {}, { 'Retry-After': '10' }));
    const { waits, sleep } = recordingSleep();
    const jira = createJiraRequester({ transport, sleep, now: () => 0, deadline: () => 5_000 });
    await expect(jira.send(getIssue)).rejects.toMatchObject({ status: 429 });
    expect(waits).toEqual([]);
  });

  it('sends JSON with the content type Jira expects and reports each attempt', async () => {
    const transport = fakeTransport(() => jsonResponse(201, { id: '1' }));
    const attempts: unknown[] = [];
    await createJiraRequester({ transport, onAttempt: (e) => attempts.push(e) }).send({
      operation: 'linkIssues',
      method: 'POST',
      route: route`/rest/api/3/issueLink`,
      body: { a: 1 },
      retry: 'transient',
      answer: z.unknown(),
    });
    expect(transport.calls[0]).toMatchObject({
      method: 'POST',
      body: { a: 1 },
      headers: { 'Content-Type': 'application/json' },
    });
    expect(attempts).toEqual([
      expect.objectContaining({ operation: 'linkIssues', status: 201, attempt: 1 }),
    ]);
  });

  describe("reads Jira's answer with the operation's schema", () => {
    it("gives back the parsed answer, Jira's extra fields kept", async () => {
      const transport = fakeTransport(() => jsonResponse(200, { key: 'SHOP-1', self: 'x' }));
      const { body } = await createJiraRequester({ transport }).send(getIssue);
      expect(body).toEqual({ key: 'SHOP-1', self: 'x' });
    });

    it('names a malformed answer, with where it departs, and does not retry it', async () => {
      const transport = fakeTransport(() => jsonResponse(200, { key: 42 }));
      const { waits, sleep } = recordingSleep();
      const error = await createJiraRequester({ transport, sleep })
        .send(getIssue)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JiraAnswerError);
      expect(error).toMatchObject({ kind: 'answer', status: 200, where: 'key' });
      expect((error as Error).message).toMatch(/GET \/rest\/api\/3\/issue\/SHOP-1 → 200: .*key/);
      expect(transport.calls).toHaveLength(1);
      expect(waits).toEqual([]);
    });

    it("names an answer that is not JSON at all (a proxy's page)", async () => {
      const transport = fakeTransport(() => jsonResponse(200, '<html>gateway</html>'));
      await expect(createJiraRequester({ transport }).send(getIssue)).rejects.toBeInstanceOf(
        JiraAnswerError,
      );
    });
  });
});
