/**
 * Search lag: Jira Cloud's search index trails writes, and `reconcileIssues` asks for
 * read-after-write consistency. Time is an injected clock, so nothing sleeps.
 */
import { SEED_USERS } from '../../../dev/emulator';
import { fieldsFor, useEmulator } from './emulator-harness';

let clock = 0;
const jira = useEmulator({ now: () => clock });

beforeEach(() => {
  clock = 1_000_000;
});

const admin = (method: string, path: string, body?: unknown) =>
  jira.call(method, `/__emulator${path}`, { as: 'nobody', body });

const create = async (summary: string, extra: Record<string, unknown> = {}) => {
  const reply = await jira.post('/rest/api/3/issue', {
    fields: fieldsFor('SHOP', '10002', summary, extra),
    properties: [{ key: 'backend-breakdown', value: { planId: 'plan-1' } }],
  });
  expect(reply.status).toBe(201);
  return reply.body as { id: string; key: string };
};

const found = async (jql: string, extra: Record<string, unknown> = {}) => {
  const reply = await jira.post('/rest/api/3/search/jql', { jql, fields: ['key'], ...extra });
  expect(reply.status).toBe(200);
  return (reply.body.issues as { key: string }[]).map((i) => i.key);
};

const PLAN = 'issue.property[backend-breakdown].planId = "plan-1"';

describe('search lag', () => {
  it('is off by default: a new issue is found at once', async () => {
    const { key } = await create('fresh');
    expect(await found(PLAN)).toEqual([key]);
  });

  it('keeps a new issue out of results until its lag has passed on the clock', async () => {
    jira.emulator.setSearchLag(5000);
    const { key } = await create('lagging');
    expect(await found(PLAN)).toEqual([]);
    clock += 4999;
    expect(await found(PLAN)).toEqual([]);
    clock += 1;
    expect(await found(PLAN)).toEqual([key]);
  });

  it('applies to every JQL search, parent = X included, and to bulk creates', async () => {
    jira.emulator.setSearchLag(1000);
    const child = await create('child', { parent: { key: 'SHOP-1' } });
    const bulk = await jira.post('/rest/api/3/issue/bulk', {
      issueUpdates: [{ fields: fieldsFor('SHOP', '10002', 'bulk one') }],
    });
    expect(bulk.status).toBe(201);
    expect(await found('parent = SHOP-1')).toEqual(['SHOP-2']);
    expect(await found('project = SHOP ORDER BY key ASC')).toEqual(['SHOP-1', 'SHOP-2', 'SHOP-3']);
    clock += 1000;
    expect(await found('parent = SHOP-1')).toEqual([child.key, 'SHOP-2']);
    expect(await found('project = SHOP ORDER BY key ASC')).toEqual([
      'SHOP-1',
      'SHOP-2',
      'SHOP-3',
      child.key,
      bulk.body.issues[0].key,
    ]);
  });

  it('holds an issue for the lag in force when it was created, not the lag set later', async () => {
    jira.emulator.setSearchLag(10_000);
    const early = await create('early');
    jira.emulator.setSearchLag(0);
    const late = await create('late');
    expect(await found(PLAN)).toEqual([late.key]);
    clock += 10_000;
    expect(await found(PLAN)).toEqual([late.key, early.key]);
  });

  it('includes issues listed in reconcileIssues at once, evaluated against the JQL', async () => {
    jira.emulator.setSearchLag(60_000);
    const a = await create('a');
    const b = await create('b');
    const reconcileIssues = [Number(a.id), Number(b.id)];
    expect(await found(`${PLAN} ORDER BY key ASC`, { reconcileIssues })).toEqual([a.key, b.key]);
    // Reconciled issues that do not match the query stay out.
    expect(await found('project = TEAM', { reconcileIssues })).toEqual(['TEAM-2', 'TEAM-1']);
    // Only the listed ones are reconciled.
    expect(await found(PLAN, { reconcileIssues: [Number(b.id)] })).toEqual([b.key]);
  });

  it('reconciles with fresh data: a property set after the create is matched', async () => {
    jira.emulator.setSearchLag(60_000);
    const { id, key } = await create('moved');
    const put = await jira.call('PUT', `/rest/api/3/issue/${key}/properties/backend-breakdown`, {
      body: { planId: 'plan-2' },
    });
    expect(put.status).toBe(200);
    const reconcileIssues = [Number(id)];
    expect(await found(PLAN, { reconcileIssues })).toEqual([]);
    expect(
      await found('issue.property[backend-breakdown].planId = "plan-2"', { reconcileIssues }),
    ).toEqual([key]);
  });

  it('takes reconcileIssues as a query parameter on GET', async () => {
    jira.emulator.setSearchLag(60_000);
    const { id, key } = await create('via get');
    const jql = encodeURIComponent(PLAN);
    const without = await jira.get(`/rest/api/3/search/jql?jql=${jql}&fields=key`);
    expect(without.body.issues).toEqual([]);
    const reply = await jira.get(
      `/rest/api/3/search/jql?jql=${jql}&fields=key&reconcileIssues=${id}`,
    );
    expect(reply.body.issues).toEqual([expect.objectContaining({ key })]);
  });

  it('never reconciles an issue the caller may not browse', async () => {
    jira.emulator.setSearchLag(60_000);
    const { id } = await create('hidden');
    jira.emulator.setPermission(SEED_USERS.viewer.accountId, 'SHOP', 'BROWSE_PROJECTS', false);
    const reply = await jira.post(
      '/rest/api/3/search/jql',
      { jql: 'project in (SHOP, TEAM)', fields: ['key'], reconcileIssues: [Number(id)] },
      'viewer',
    );
    expect(reply.status).toBe(400); // SHOP cannot be named by a caller who cannot see it
    const ok = await jira.post(
      '/rest/api/3/search/jql',
      { jql: 'issuetype = Task', fields: ['key'], reconcileIssues: [Number(id)] },
      'viewer',
    );
    expect(ok.body.issues.map((i: { key: string }) => i.key)).toEqual(['TEAM-2']);
  });

  it('deletes at once, lag or not', async () => {
    const before = await create('indexed');
    jira.emulator.setSearchLag(60_000);
    const lagging = await create('lagging');
    const reconcileIssues = [Number(before.id), Number(lagging.id)];
    expect(await found(PLAN, { reconcileIssues })).toEqual([lagging.key, before.key]);
    for (const { key } of [before, lagging])
      expect((await jira.call('DELETE', `/rest/api/3/issue/${key}`, { as: 'admin' })).status).toBe(
        204,
      );
    expect(await found(PLAN, { reconcileIssues })).toEqual([]);
    clock += 60_000;
    expect(await found(PLAN)).toEqual([]);
  });

  it('accepts 50 reconcileIssues and refuses 51 with 400 in Jira’s error shape', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => 20_000 + i);
    expect(
      (await jira.post('/rest/api/3/search/jql', { jql: PLAN, reconcileIssues: ids(50) })).status,
    ).toBe(200);
    const reply = await jira.post('/rest/api/3/search/jql', {
      jql: PLAN,
      reconcileIssues: ids(51),
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      errorMessages: [
        "The 'reconcileIssues' parameter accepts at most 50 issue ids; this request has 51.",
      ],
      errors: {},
    });
  });

  it('pages with the same reconcileIssues, and refuses a page asked with another list', async () => {
    jira.emulator.setSearchLag(60_000);
    const a = await create('a');
    const b = await create('b');
    const reconcileIssues = [Number(b.id), Number(a.id)];
    const first = await jira.post('/rest/api/3/search/jql', {
      jql: `${PLAN} ORDER BY key ASC`,
      fields: ['key'],
      maxResults: 1,
      reconcileIssues,
    });
    expect(first.body.issues.map((i: { key: string }) => i.key)).toEqual([a.key]);
    const page = (ids: number[]) =>
      jira.post('/rest/api/3/search/jql', {
        jql: `${PLAN} ORDER BY key ASC`,
        fields: ['key'],
        maxResults: 1,
        reconcileIssues: ids,
        nextPageToken: first.body.nextPageToken,
      });
    // The same ids in another order are the same list.
    const second = await page([Number(a.id), Number(b.id)]);
    expect(second.status).toBe(200);
    expect(second.body.issues.map((i: { key: string }) => i.key)).toEqual([b.key]);
    const changed = await page([Number(a.id)]);
    expect(changed.status).toBe(400);
    expect(changed.body.errorMessages).toEqual([
      "The 'reconcileIssues' list must be the same on every page of a search; start again without nextPageToken.",
    ]);
  });

  it('refuses reconcileIssues that are not integer ids', async () => {
    const reply = await jira.post('/rest/api/3/search/jql', {
      jql: PLAN,
      reconcileIssues: ['SHOP-1'],
    });
    expect(reply.status).toBe(400);
  });
});

describe('/__emulator/search-lag', () => {
  it('reads and sets the lag, and reset() sets it back to 0', async () => {
    expect((await admin('GET', '/search-lag')).body).toEqual({ ms: 0 });
    expect((await admin('POST', '/search-lag', { ms: 2500 })).status).toBe(204);
    expect((await admin('GET', '/search-lag')).body).toEqual({ ms: 2500 });
    expect(jira.emulator.searchLag()).toBe(2500);
    expect((await admin('POST', '/reset')).status).toBe(204);
    expect((await admin('GET', '/search-lag')).body).toEqual({ ms: 0 });
  });

  it('lags searches like setSearchLag does', async () => {
    await admin('POST', '/search-lag', { ms: 100 });
    const { key } = await create('lagging');
    expect(await found(PLAN)).toEqual([]);
    clock += 100;
    expect(await found(PLAN)).toEqual([key]);
  });

  it.each([[{ ms: -1 }], [{ ms: 600_001 }], [{ ms: '5' }], [{}], [{ ms: 5, extra: true }]])(
    'refuses %j with 400 and leaves the lag as it was',
    async (body) => {
      await admin('POST', '/search-lag', { ms: 7 });
      const reply = await admin('POST', '/search-lag', body);
      expect(reply.status).toBe(400);
      expect(reply.body.error).toEqual(expect.any(String));
      expect((await admin('GET', '/search-lag')).body).toEqual({ ms: 7 });
    },
  );

  it('accepts the bounds 0 and 600000', async () => {
    expect((await admin('POST', '/search-lag', { ms: 600_000 })).status).toBe(204);
    expect((await admin('POST', '/search-lag', { ms: 0 })).status).toBe(204);
  });

  it('setSearchLag throws outside 0..600000', () => {
    expect(() => jira.emulator.setSearchLag(600_001)).toThrow(RangeError);
    expect(() => jira.emulator.setSearchLag(-1)).toThrow(RangeError);
  });
});
