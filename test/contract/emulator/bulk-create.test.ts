import { fieldsFor, useEmulator } from './emulator-harness';

const jira = useEmulator();

const bulk = (issueUpdates: unknown[], as: 'member' | 'viewer' = 'member') =>
  jira.post('/rest/api/3/issue/bulk', { issueUpdates }, as);

describe('POST /rest/api/3/issue/bulk', () => {
  it('creates every valid element and answers 201 with their ids, keys and self links', async () => {
    const reply = await bulk([
      { fields: fieldsFor('SHOP', '10000', 'Epic') },
      { fields: fieldsFor('SHOP', '10002', 'Task') },
    ]);
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      issues: [
        { id: '10106', key: 'SHOP-4', self: `${jira.url}/rest/api/3/issue/10106` },
        { id: '10107', key: 'SHOP-5', self: `${jira.url}/rest/api/3/issue/10107` },
      ],
      errors: [],
    });
  });

  it('answers 201 when some elements fail, naming each failure by its element number', async () => {
    const reply = await bulk([
      { fields: fieldsFor('SHOP', '10002', 'fine') },
      { fields: fieldsFor('SHOP', '10002', 'bad', { labels: ['a b'] }) },
      { fields: fieldsFor('SHOP', '10002', 'also fine') },
    ]);
    expect(reply.status).toBe(201);
    expect(reply.body.issues.map((i: { key: string }) => i.key)).toEqual(['SHOP-4', 'SHOP-5']);
    expect(reply.body.errors).toEqual([
      {
        status: 400,
        failedElementNumber: 1,
        elementErrors: {
          errorMessages: [],
          errors: { labels: "The label 'a b' contains spaces which is invalid." },
        },
      },
    ]);
  });

  it('answers 400 when no element succeeds', async () => {
    const reply = await bulk([
      { fields: fieldsFor('SHOP', '10004', 'orphan') },
      { fields: fieldsFor('SHOP', '10003', 'no severity') },
    ]);
    expect(reply.status).toBe(400);
    expect(reply.body.issues).toEqual([]);
    expect(
      reply.body.errors.map((e: { failedElementNumber: number }) => e.failedElementNumber),
    ).toEqual([0, 1]);
  });

  it('reports a user without Create issues per element with status 403', async () => {
    const reply = await bulk([{ fields: fieldsFor('SHOP', '10002', 'x') }], 'viewer');
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({
      status: 403,
      failedElementNumber: 0,
      elementErrors: {
        errorMessages: ['You do not have permission to create issues in this project.'],
      },
    });
  });

  it('accepts 50 issues in one request', async () => {
    const reply = await bulk(
      Array.from({ length: 50 }, (_, i) => ({ fields: fieldsFor('TEAM', '10011', `Task ${i}`) })),
    );
    expect(reply.status).toBe(201);
    expect(reply.body.issues).toHaveLength(50);
  });

  it('refuses 51 issues and creates none', async () => {
    const reply = await bulk(
      Array.from({ length: 51 }, (_, i) => ({ fields: fieldsFor('TEAM', '10011', `Task ${i}`) })),
    );
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].elementErrors.errorMessages[0]).toMatch(/at most 50/);
    expect(jira.emulator.issues('TEAM')).toHaveLength(2);
  });

  it('keeps entity properties and folded links per element', async () => {
    const reply = await bulk([
      {
        fields: fieldsFor('VENTAS', '10022', 'Tarea'),
        properties: [{ key: 'backend-breakdown', value: { localId: 'service:billing' } }],
        update: {
          issuelinks: [{ add: { type: { name: 'Blocks' }, inwardIssue: { key: 'VENTAS-1' } } }],
        },
      },
    ]);
    const [created] = jira.emulator
      .issues('VENTAS')
      .filter((i) => i.key === reply.body.issues[0].key);
    expect(created?.properties).toEqual({ 'backend-breakdown': { localId: 'service:billing' } });
    expect(created?.links).toEqual([
      expect.objectContaining({ description: 'is blocked by', issueKey: 'VENTAS-1' }),
    ]);
  });
});
