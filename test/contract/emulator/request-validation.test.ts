/** Every request is held to Atlassian's OpenAPI spec before the emulator acts on it. */
import { useEmulator } from './emulator-harness';

const jira = useEmulator();

const INVALID_PAYLOAD =
  'Invalid request payload. Refer to the REST API documentation and try again.';

describe('requests that break the spec are answered 400 and logged', () => {
  it.each([
    ['create issue: fields is not an object', 'POST', '/rest/api/3/issue', { fields: 'summary' }],
    [
      'issue link: no type',
      'POST',
      '/rest/api/3/issueLink',
      { outwardIssue: { key: 'SHOP-1' }, inwardIssue: { key: 'SHOP-2' } },
    ],
    [
      'issue link: a read-only property sent',
      'POST',
      '/rest/api/3/issueLink',
      {
        type: { name: 'Blocks' },
        outwardIssue: { key: 'SHOP-1', self: 'http://x/1' },
        inwardIssue: { key: 'SHOP-2' },
      },
    ],
    [
      'search: a property the request bean does not have',
      'POST',
      '/rest/api/3/search/jql',
      { jql: 'project = SHOP', startAt: 0 },
    ],
    [
      'search: maxResults is not a number',
      'POST',
      '/rest/api/3/search/jql',
      { jql: 'project = SHOP', maxResults: '10' },
    ],
    [
      'permission check: projectPermissions without permissions',
      'POST',
      '/rest/api/3/permissions/check',
      { projectPermissions: [{ projects: [10000] }] },
    ],
  ])('%s', async (_case, method, path, body) => {
    const reply = await jira.call(method, path, { body });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({ errorMessages: [INVALID_PAYLOAD], errors: {} });
    expect(jira.emulator.requestLog().at(-1)).toMatchObject({
      status: 400,
      invalid: expect.stringContaining('body'),
    });
    expect(jira.logLines).toEqual([expect.stringContaining('invalid request')]);
  });

  it.each([
    ['issueUpdates is not an array', { issueUpdates: { fields: {} } }],
    [
      'an update operation Jira does not know',
      { issueUpdates: [{ update: { issuelinks: [{ attach: {} }] } }] },
    ],
  ])('bulk create: %s (answered in the bulk response shape)', async (_case, body) => {
    const reply = await jira.post('/rest/api/3/issue/bulk', body);
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      issues: [],
      errors: [
        {
          status: 400,
          elementErrors: { errorMessages: [INVALID_PAYLOAD], errors: {} },
        },
      ],
    });
  });

  it.each([
    [
      'createmeta: maxResults is not an integer',
      '/rest/api/3/issue/createmeta/SHOP/issuetypes?maxResults=ten',
      'maxResults',
    ],
    [
      'search: maxResults is not an integer',
      '/rest/api/3/search/jql?jql=project%3DSHOP&maxResults=lots',
      'maxResults',
    ],
    [
      'get issue: fieldsByKeys is not a boolean',
      '/rest/api/3/issue/SHOP-1?fieldsByKeys=maybe',
      'fieldsByKeys',
    ],
  ])('%s', async (_case, path, parameter) => {
    const reply = await jira.get(path);
    expect(reply.status).toBe(400);
    expect(reply.body.errorMessages[0]).toContain(`'${parameter}'`);
  });

  it('delete issue: deleteSubtasks outside its enum', async () => {
    const reply = await jira.call('DELETE', '/rest/api/3/issue/SHOP-3?deleteSubtasks=yes', {
      as: 'admin',
    });
    expect(reply.status).toBe(400);
    expect(jira.emulator.issues('SHOP').map((i) => i.key)).toContain('SHOP-3');
  });

  it('property: a PUT without a value', async () => {
    const reply = await jira.call('PUT', '/rest/api/3/issue/SHOP-1/properties/p');
    expect(reply.status).toBe(400);
    expect(reply.body.errorMessages).toEqual([INVALID_PAYLOAD]);
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await jira.call('POST', '/rest/api/3/issue', { body: '{"fields": ' });
    expect(reply.status).toBe(400);
    expect(reply.body.errorMessages).toEqual([INVALID_PAYLOAD]);
  });

  it('refuses a body sent without a JSON content type with 415', async () => {
    const reply = await jira.call('POST', '/rest/api/3/issue', {
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(reply.status).toBe(415);
  });

  it('does not act on an invalid request', async () => {
    await jira.post('/rest/api/3/issue/bulk', {
      issueUpdates: [
        {
          fields: { project: { key: 'SHOP' }, issuetype: { id: '10002' }, summary: 'x' },
          transition: 'go',
        },
      ],
    });
    expect(jira.emulator.issues('SHOP')).toHaveLength(3);
  });
});

describe('requests outside the emulated API', () => {
  it('answers 404 for a path it does not serve, saying so', async () => {
    const reply = await jira.get('/rest/api/3/dashboard');
    expect(reply.status).toBe(404);
    expect(reply.body.errorMessages).toEqual([
      'The Jira emulator does not serve GET /rest/api/3/dashboard.',
    ]);
  });

  it('answers 404 for a path parameter that is not valid percent-encoding', async () => {
    expect((await jira.get('/rest/api/3/issue/SHOP-%E0%A4%A')).status).toBe(404);
  });

  it('answers 405 for a method a served path does not take', async () => {
    expect((await jira.call('PATCH', '/rest/api/3/issue/SHOP-1')).status).toBe(405);
  });
});
