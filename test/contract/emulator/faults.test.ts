/** Fault injection: what the executor's retry and exactly-once logic is tested against. */
import { performance } from 'node:perf_hooks';
import { fieldsFor, useEmulator } from './emulator-harness';

const jira = useEmulator();

const statuses = async (count: number, path = '/rest/api/3/myself') => {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await jira.get(path)).status);
  return seen;
};

describe('latency', () => {
  it('delays matching requests by latencyMs', async () => {
    jira.emulator.addFault({ match: { path: '/rest/api/3/myself' }, latencyMs: 150 });
    const started = performance.now();
    const reply = await jira.get('/rest/api/3/myself');
    expect(reply.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(jira.emulator.requestLog().at(-1)).toMatchObject({
      fault: 'latency',
      ms: expect.any(Number),
    });
    expect(jira.emulator.requestLog().at(-1)?.ms).toBeGreaterThanOrEqual(145);
  });
});

describe('status faults answer instead of Jira and change nothing', () => {
  it('answers 429 with Retry-After', async () => {
    jira.emulator.addFault({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      status: 429,
      retryAfterSeconds: 7,
    });
    const reply = await jira.post('/rest/api/3/issue/bulk', {
      issueUpdates: [{ fields: fieldsFor('SHOP', '10002', 'x') }],
    });
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('7');
    expect(reply.body).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect(jira.emulator.issues('SHOP')).toHaveLength(3);
  });

  it('answers 429 without Retry-After when the rule gives none', async () => {
    jira.emulator.addFault({ status: 429 });
    const reply = await jira.get('/rest/api/3/myself');
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBeNull();
  });

  it.each([
    [500, { errorMessages: ['Internal server error'], errors: {} }],
    [502, 'Bad Gateway'],
    [503, 'Service Unavailable'],
  ])('answers %i', async (status, body) => {
    jira.emulator.addFault({
      match: { path: '/rest/api/3/issue' },
      status: status as 500 | 502 | 503,
    });
    const reply = await jira.post('/rest/api/3/issue', { fields: fieldsFor('SHOP', '10002', 'x') });
    expect(reply.status).toBe(status);
    expect(reply.body).toEqual(body);
    expect(jira.emulator.issues('SHOP')).toHaveLength(3);
  });

  it('sends Retry-After with a 503 too', async () => {
    jira.emulator.addFault({ status: 503, retryAfterSeconds: 2 });
    expect((await jira.get('/rest/api/3/myself')).headers.get('retry-after')).toBe('2');
  });
});

describe('which requests a rule hits', () => {
  it('applies to every n-th matching request with every', async () => {
    jira.emulator.addFault({ status: 503, every: 2 });
    expect(await statuses(4)).toEqual([200, 503, 200, 503]);
  });

  it('stops after times applications', async () => {
    jira.emulator.addFault({ status: 503, times: 2 });
    expect(await statuses(3)).toEqual([503, 503, 200]);
    expect(jira.emulator.faults()[0]).toMatchObject({ matched: 2, applied: 2 });
  });

  it('matches the method', async () => {
    jira.emulator.addFault({ match: { method: 'POST' }, status: 500 });
    expect((await jira.get('/rest/api/3/myself')).status).toBe(200);
  });

  it('matches a path prefix by whole segments', async () => {
    jira.emulator.addFault({ match: { path: '/rest/api/3/issue' }, status: 500 });
    expect((await jira.get('/rest/api/3/issue/SHOP-1')).status).toBe(500);
    expect((await jira.get('/rest/api/3/issueLinkType')).status).toBe(200);
  });

  it('matches an OpenAPI path template exactly', async () => {
    jira.emulator.addFault({ match: { path: '/rest/api/3/issue/{issueIdOrKey}' }, status: 500 });
    expect((await jira.get('/rest/api/3/issue/SHOP-1')).status).toBe(500);
    expect((await jira.get('/rest/api/3/issue/SHOP-1/properties/p')).status).toBe(404);
  });

  it('is removed by clearFaults and by reset', async () => {
    jira.emulator.addFault({ status: 500 });
    jira.emulator.clearFaults();
    expect((await jira.get('/rest/api/3/myself')).status).toBe(200);
    jira.emulator.addFault({ status: 500 });
    jira.emulator.reset();
    expect((await jira.get('/rest/api/3/myself')).status).toBe(200);
  });

  it('refuses a malformed rule', () => {
    expect(() => jira.emulator.addFault({ status: 418 as 500 })).toThrow();
    expect(() => jira.emulator.addFault({ match: { path: '/x' } })).toThrow(
      /latencyMs, status or dropResponse/,
    );
  });
});

describe('dropResponse: applied but response lost', () => {
  it('creates the issue, then drops the connection so the caller sees a network error', async () => {
    jira.emulator.addFault({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      dropResponse: true,
      times: 1,
    });
    const request = jira.post('/rest/api/3/issue/bulk', {
      issueUpdates: [
        {
          fields: fieldsFor('SHOP', '10002', 'Lost reply'),
          properties: [{ key: 'backend-breakdown', value: { localId: 'x' } }],
        },
      ],
    });
    await expect(request).rejects.toThrow('fetch failed');
    const created = jira.emulator.issues('SHOP').filter((i) => i.summary === 'Lost reply');
    expect(created).toHaveLength(1);
    expect(jira.emulator.requestLog().at(-1)).toMatchObject({ status: 201, fault: 'dropResponse' });
  });

  it('lets the retry find what the lost request created', async () => {
    jira.emulator.addFault({ match: { path: '/rest/api/3/issue' }, dropResponse: true, times: 1 });
    await expect(
      jira.post('/rest/api/3/issue', {
        fields: fieldsFor('SHOP', '10002', 'x'),
        properties: [{ key: 'backend-breakdown', value: { localId: 'lost' } }],
      }),
    ).rejects.toThrow();
    const found = await jira.post('/rest/api/3/search/jql', {
      jql: 'issue.property[backend-breakdown].localId = "lost"',
      fields: ['key'],
    });
    expect(found.body.issues).toEqual([expect.objectContaining({ key: 'SHOP-4' })]);
  });
});

describe('request log', () => {
  it('records method, path, endpoint template, status, account and time per request', async () => {
    await jira.get('/rest/api/3/issue/SHOP-1', 'viewer');
    expect(jira.emulator.requestLog()).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/rest/api/3/issue/SHOP-1',
        endpoint: 'GET /rest/api/3/issue/{issueIdOrKey}',
        status: 200,
        account: '5b10a2844c20165700ede21c',
        ms: expect.any(Number),
      }),
    ]);
  });

  it('counts requests per endpoint template', async () => {
    await jira.get('/rest/api/3/issue/SHOP-1');
    await jira.get('/rest/api/3/issue/SHOP-2');
    await jira.post('/rest/api/3/search/jql', { jql: 'project = SHOP' });
    expect(jira.emulator.counts()).toEqual({
      'GET /rest/api/3/issue/{issueIdOrKey}': 2,
      'POST /rest/api/3/search/jql': 1,
    });
  });

  it('counts faulted requests too', async () => {
    jira.emulator.addFault({ status: 429, times: 1 });
    await statuses(2);
    expect(jira.emulator.counts()).toEqual({ 'GET /rest/api/3/myself': 2 });
    expect(jira.emulator.requestLog().map((e) => e.status)).toEqual([429, 200]);
  });

  it('is emptied by reset', async () => {
    await jira.get('/rest/api/3/myself');
    jira.emulator.reset();
    expect(jira.emulator.requestLog()).toEqual([]);
    expect(jira.emulator.counts()).toEqual({});
  });
});
