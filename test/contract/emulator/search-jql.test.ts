import { SEED_USERS } from '../../../dev/emulator';
import { fieldsFor, useEmulator } from './emulator-harness';

const jira = useEmulator();

const search = async (
  jql: string,
  extra: Record<string, unknown> = {},
  as: 'member' | 'viewer' = 'member',
) => jira.post('/rest/api/3/search/jql', { jql, ...extra }, as);

const keys = async (jql: string) => {
  const reply = await search(jql, { fields: ['key'] });
  expect(reply.status).toBe(200);
  return reply.body.issues.map((i: { key: string }) => i.key) as string[];
};

const withProperty = async (summary: string, value: Record<string, unknown>) =>
  (
    await jira.post('/rest/api/3/issue', {
      fields: fieldsFor('SHOP', '10002', summary),
      properties: [{ key: 'backend-breakdown', value }],
    })
  ).body.key as string;

describe('POST /rest/api/3/search/jql', () => {
  it('finds a project’s issues, newest first by default', async () => {
    expect(await keys('project = SHOP')).toEqual(['SHOP-3', 'SHOP-2', 'SHOP-1']);
  });

  it('finds issues of several projects with in (…)', async () => {
    expect(await keys('project in (TEAM, VENTAS) ORDER BY key ASC')).toEqual([
      'TEAM-1',
      'TEAM-2',
      'VENTAS-1',
    ]);
  });

  it('finds an epic’s children with parent =', async () => {
    expect(await keys('parent = SHOP-1')).toEqual(['SHOP-2']);
  });

  it('finds issues by key in (…)', async () => {
    expect(await keys('key in (SHOP-1, TEAM-2) ORDER BY key DESC')).toEqual(['TEAM-2', 'SHOP-1']);
  });

  it('finds issues by issue type name, including localised names', async () => {
    expect(await keys('issuetype = Épica')).toEqual([]);
    expect(await keys('issuetype = Epic ORDER BY key ASC')).toEqual(['SHOP-1', 'TEAM-1']);
    expect(await keys('project = VENTAS AND issuetype in (Historia, Tarea)')).toEqual(['VENTAS-1']);
  });

  it('finds issues by an entity property value, with = and in', async () => {
    const a = await withProperty('a', { planId: 'plan-1', localId: 'epic' });
    const b = await withProperty('b', { planId: 'plan-1', localId: 'service:orders' });
    await withProperty('c', { planId: 'plan-2', localId: 'epic' });
    expect(
      await keys('issue.property[backend-breakdown].planId = "plan-1" ORDER BY key ASC'),
    ).toEqual([a, b]);
    expect(
      await keys(
        'project = SHOP AND issue.property[backend-breakdown].localId in ("service:orders", "nope")',
      ),
    ).toEqual([b]);
  });

  it('combines clauses with AND, OR, NOT and parentheses', async () => {
    expect(
      await keys('project = SHOP AND (issuetype = Epic OR issuetype = Task) ORDER BY key ASC'),
    ).toEqual(['SHOP-1', 'SHOP-3']);
    expect(await keys('project = SHOP AND NOT issuetype = Epic ORDER BY key ASC')).toEqual([
      'SHOP-2',
      'SHOP-3',
    ]);
  });

  it('binds AND tighter than OR', async () => {
    expect(
      await keys('project = TEAM OR project = SHOP AND issuetype = Epic ORDER BY key ASC'),
    ).toEqual(['SHOP-1', 'TEAM-1', 'TEAM-2']);
  });

  it('excludes with != and not in', async () => {
    expect(await keys('project = SHOP AND key != SHOP-1 ORDER BY key ASC')).toEqual([
      'SHOP-2',
      'SHOP-3',
    ]);
    expect(await keys('project = SHOP AND issuetype not in (Epic, Story)')).toEqual(['SHOP-3']);
  });

  it('orders by created ascending', async () => {
    expect(await keys('project = TEAM ORDER BY created ASC')).toEqual(['TEAM-1', 'TEAM-2']);
  });

  describe('answers only what fields asks for', () => {
    it('gives each issue its id alone when fields is absent (the default is id)', async () => {
      const reply = await search('project = SHOP ORDER BY key ASC');
      expect(reply.status).toBe(200);
      expect(reply.body.issues).toEqual([{ id: '10100' }, { id: '10101' }, { id: '10102' }]);
    });

    it("gives each issue its id alone for fields: ['id']", async () => {
      const reply = await search('key = SHOP-1', { fields: ['id'] });
      expect(reply.body.issues).toEqual([{ id: '10100' }]);
    });

    it('adds key and self, and no fields object, when key is asked for', async () => {
      const reply = await search('key = SHOP-1', { fields: ['key'] });
      const [issue] = reply.body.issues;
      expect(issue).toMatchObject({
        id: '10100',
        key: 'SHOP-1',
        self: `${jira.url}/rest/api/3/issue/10100`,
      });
      expect(issue).not.toHaveProperty('fields');
      expect(issue).not.toHaveProperty('properties');
    });

    it('adds key, self and exactly the requested fields for any other field', async () => {
      const reply = await search('key = SHOP-1', { fields: ['summary', 'labels'] });
      expect(reply.body.issues[0]).toMatchObject({ id: '10100', key: 'SHOP-1' });
      expect(reply.body.issues[0].fields).toEqual({ summary: 'Checkout revamp', labels: [] });
    });

    it('answers every field but the excluded ones for -name alone', async () => {
      const reply = await search('key = SHOP-1', { fields: ['-description'] });
      const fields = reply.body.issues[0].fields;
      expect(fields).toMatchObject({ summary: 'Checkout revamp' });
      expect(fields).toHaveProperty('issuetype');
      expect(fields).not.toHaveProperty('description');
    });

    it('answers properties only when asked, also beside ids alone', async () => {
      const key = await withProperty('with property', { planId: 'p' });
      const bare = await search(`key = ${key}`);
      expect(bare.body.issues[0]).not.toHaveProperty('properties');
      const ids = await search(`key = ${key}`, { properties: ['backend-breakdown'] });
      expect(ids.body.issues).toEqual([
        { id: expect.any(String), properties: { 'backend-breakdown': { planId: 'p' } } },
      ]);
      const rich = await search(`key = ${key}`, {
        fields: ['summary'],
        properties: ['backend-breakdown'],
      });
      expect(rich.body.issues[0]).toMatchObject({
        key,
        fields: { summary: 'with property' },
        properties: { 'backend-breakdown': { planId: 'p' } },
      });
    });
  });

  it('refuses more than 5 properties with 400', async () => {
    const five = ['a', 'b', 'c', 'd', 'e'];
    expect((await search('project = SHOP', { properties: five })).status).toBe(200);
    const reply = await search('project = SHOP', { properties: [...five, 'f'] });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      errorMessages: [
        "The 'properties' parameter accepts at most 5 issue property keys; this request has 6.",
      ],
      errors: {},
    });
  });

  it('pages with maxResults and nextPageToken until isLast', async () => {
    const first = await search('project = SHOP ORDER BY key ASC', {
      maxResults: 2,
      fields: ['key'],
    });
    expect(first.body).toMatchObject({ isLast: false, nextPageToken: expect.any(String) });
    expect(first.body.issues.map((i: { key: string }) => i.key)).toEqual(['SHOP-1', 'SHOP-2']);
    const second = await search('project = SHOP ORDER BY key ASC', {
      maxResults: 2,
      fields: ['key'],
      nextPageToken: first.body.nextPageToken,
    });
    expect(second.body.issues.map((i: { key: string }) => i.key)).toEqual(['SHOP-3']);
    expect(second.body.isLast).toBe(true);
    expect(second.body).not.toHaveProperty('nextPageToken');
  });

  it('refuses a page token from another query', async () => {
    const first = await search('project = SHOP', { maxResults: 1 });
    const reply = await search('project = TEAM', { nextPageToken: first.body.nextPageToken });
    expect(reply.status).toBe(400);
  });

  it('leaves out issues of projects the caller may not browse', async () => {
    jira.emulator.setPermission(SEED_USERS.viewer.accountId, 'SHOP', 'BROWSE_PROJECTS', false);
    const reply = await search('issuetype = Epic', { fields: ['key'] }, 'viewer');
    expect(reply.body.issues.map((i: { key: string }) => i.key)).toEqual(['TEAM-1']);
  });

  describe('refuses with 400 in Jira’s error shape', () => {
    it.each([
      [
        'an unbounded query',
        'ORDER BY key',
        'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
      ],
      [
        'an empty query',
        '',
        'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
      ],
      [
        'an unknown field',
        'colour = red',
        "Field 'colour' does not exist or you do not have permission to view it.",
      ],
      [
        'an unknown project',
        'project = NOPE',
        "The value 'NOPE' does not exist for the field 'project'.",
      ],
      [
        'a key that does not exist',
        'key in (SHOP-1, SHOP-99)',
        "An issue with key 'SHOP-99' does not exist for field 'key'.",
      ],
      [
        'an operator the field does not support',
        'summary = "x"',
        "The operator '=' is not supported by the 'summary' field.",
      ],
      [
        'a missing operator',
        'project SHOP',
        "Error in the JQL Query: Expecting operator but got 'SHOP'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
      ],
      [
        'a dangling AND',
        'project = SHOP AND',
        "Error in the JQL Query: Expecting a field name but got 'end of query'. (line 1, character 19)",
      ],
    ])('%s', async (_case, jql, message) => {
      const reply = await search(jql);
      expect(reply.status).toBe(400);
      expect(reply.body).toEqual({ errorMessages: [message], errors: {} });
    });
  });
});

describe('GET /rest/api/3/search/jql', () => {
  it('takes the same query, fields and paging as query parameters', async () => {
    const jql = encodeURIComponent('project = SHOP ORDER BY key ASC');
    const reply = await jira.get(`/rest/api/3/search/jql?jql=${jql}&maxResults=1&fields=summary`);
    expect(reply.body.issues).toEqual([
      expect.objectContaining({ key: 'SHOP-1', fields: { summary: 'Checkout revamp' } }),
    ]);
    expect(reply.body.isLast).toBe(false);
  });

  it('answers ids alone without fields, as POST does', async () => {
    const jql = encodeURIComponent('key = SHOP-2');
    const reply = await jira.get(`/rest/api/3/search/jql?jql=${jql}`);
    expect(reply.body.issues).toEqual([{ id: '10101' }]);
  });

  it('finds issues by parent being empty', async () => {
    const jql = encodeURIComponent('project = SHOP AND parent is EMPTY ORDER BY key ASC');
    const reply = await jira.get(`/rest/api/3/search/jql?jql=${jql}&fields=key`);
    expect(reply.body.issues.map((i: { key: string }) => i.key)).toEqual(['SHOP-1', 'SHOP-3']);
  });
});

describe('expand=names in search', () => {
  it('names the page’s fields once, beside the issues, custom fields included', async () => {
    await jira.post('/rest/api/3/issue', {
      fields: fieldsFor('SHOP', '10003', 'A bug', { customfield_10050: { value: 'Minor' } }),
    });
    const reply = await search('project = SHOP AND issuetype = Bug', {
      fields: ['summary', 'customfield_10050'],
      expand: 'names',
    });
    expect(reply.body.names).toEqual({ summary: 'Summary', customfield_10050: 'Severity' });
    expect(reply.body.issues[0].fields.customfield_10050).toMatchObject({
      id: '10102',
      value: 'Minor',
    });
    expect(reply.body.issues[0]).not.toHaveProperty('names');
  });
});
