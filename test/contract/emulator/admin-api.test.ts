/** The documented `/__emulator/` HTTP API, as the host page, scripts and other tests use it. */
import { SEED_USERS } from '../../../dev/emulator';
import { fieldsFor, useEmulator } from './emulator-harness';

const jira = useEmulator();

const admin = (method: string, path: string, body?: unknown) =>
  jira.call(method, `/__emulator${path}`, { as: 'nobody', body });

describe('/__emulator admin API', () => {
  it('adds, lists and removes faults', async () => {
    const added = await admin('POST', '/faults', {
      match: { path: '/rest/api/3/myself' },
      status: 503,
      retryAfterSeconds: 1,
    });
    expect(added.status).toBe(201);
    const [id] = added.body.ids as string[];
    expect((await jira.get('/rest/api/3/myself')).status).toBe(503);
    expect((await admin('GET', '/faults')).body.faults).toEqual([
      expect.objectContaining({ id, matched: 1, applied: 1 }),
    ]);
    expect((await admin('DELETE', `/faults/${id}`)).status).toBe(204);
    expect((await jira.get('/rest/api/3/myself')).status).toBe(200);
  });

  it('adds several faults at once and clears them all', async () => {
    const added = await admin('POST', '/faults', [{ latencyMs: 1 }, { status: 500, every: 3 }]);
    expect(added.body.ids).toHaveLength(2);
    expect((await admin('DELETE', '/faults')).status).toBe(204);
    expect((await admin('GET', '/faults')).body.faults).toEqual([]);
  });

  it('refuses a malformed fault with 400 and says why', async () => {
    const reply = await admin('POST', '/faults', { status: 404 });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toEqual(expect.stringContaining('status'));
  });

  it('serves the request log with counts per endpoint', async () => {
    await jira.get('/rest/api/3/myself');
    const log = await admin('GET', '/log');
    expect(log.body).toEqual({
      entries: [expect.objectContaining({ endpoint: 'GET /rest/api/3/myself', status: 200 })],
      counts: { 'GET /rest/api/3/myself': 1 },
    });
  });

  it('resets the site to its seed', async () => {
    await jira.post('/rest/api/3/issue', { fields: fieldsFor('SHOP', '10002', 'temporary') });
    expect((await admin('POST', '/reset')).status).toBe(204);
    expect(jira.emulator.issues('SHOP').map((i) => i.key)).toEqual(['SHOP-1', 'SHOP-2', 'SHOP-3']);
  });

  it('dumps a project’s issues with hierarchy, links and properties for the issue browser', async () => {
    await jira.post('/rest/api/3/issue', {
      fields: fieldsFor('SHOP', '10002', 'Orders', { parent: { key: 'SHOP-1' } }),
      properties: [{ key: 'backend-breakdown', value: { localId: 'service:orders' } }],
      update: {
        issuelinks: [{ add: { type: { name: 'Blocks' }, outwardIssue: { key: 'SHOP-2' } } }],
      },
    });
    const reply = await admin('GET', '/issues?project=SHOP');
    const byKey = new Map((reply.body.issues as { key: string }[]).map((i) => [i.key, i]));
    expect(byKey.get('SHOP-1')).toMatchObject({
      issueType: { name: 'Epic', hierarchyLevel: 1 },
      childKeys: ['SHOP-2', 'SHOP-4'],
    });
    expect(byKey.get('SHOP-4')).toMatchObject({
      parentKey: 'SHOP-1',
      properties: { 'backend-breakdown': { localId: 'service:orders' } },
      links: [
        {
          linkId: expect.any(String),
          type: 'Blocks',
          direction: 'outward',
          description: 'blocks',
          issueKey: 'SHOP-2',
        },
      ],
    });
    expect(byKey.get('SHOP-2')).toMatchObject({
      links: [expect.objectContaining({ description: 'is blocked by', issueKey: 'SHOP-4' })],
    });
  });

  it('refuses an unknown project in the dump', async () => {
    expect((await admin('GET', '/issues?project=NOPE')).status).toBe(400);
  });

  it('makes a field required at run time', async () => {
    const changed = await admin('POST', '/required-fields', {
      projectKey: 'TEAM',
      issueTypeId: '10011',
      fieldId: 'labels',
      required: true,
    });
    expect(changed.status).toBe(204);
    const reply = await jira.post('/rest/api/3/issue', { fields: fieldsFor('TEAM', '10011', 'x') });
    expect(reply.body.errors).toEqual({ labels: 'Labels is required.' });
  });

  it('changes a permission at run time', async () => {
    const changed = await admin('POST', '/permissions', {
      accountId: SEED_USERS.viewer.accountId,
      projectKey: 'SHOP',
      permission: 'CREATE_ISSUES',
      granted: true,
    });
    expect(changed.status).toBe(204);
    const reply = await jira.post(
      '/rest/api/3/issue',
      { fields: fieldsFor('SHOP', '10002', 'x') },
      'viewer',
    );
    expect(reply.status).toBe(201);
  });

  it('describes the seed for a user switcher', async () => {
    const reply = await admin('GET', '/seed');
    expect(reply.body.users.admin).toEqual(SEED_USERS.admin);
    expect(Object.keys(reply.body.projects)).toEqual(['SHOP', 'TEAM', 'VENTAS']);
  });

  it('lists spec violations of its own responses (none here)', async () => {
    expect((await admin('GET', '/violations')).body).toEqual({ violations: [] });
  });

  it('answers 404 for an admin route it does not have', async () => {
    expect((await admin('GET', '/nothing')).status).toBe(404);
  });

  it('is not logged as Jira traffic', async () => {
    await admin('GET', '/log');
    expect(jira.emulator.counts()).toEqual({});
  });
});
