import { SEED_USERS } from '../../../dev/emulator';
import { fieldsFor, useEmulator } from './emulator-harness';

const jira = useEmulator();

const subtaskOf = async (parentKey: string) =>
  (
    await jira.post('/rest/api/3/issue', {
      fields: fieldsFor('SHOP', '10004', 'Errors', { parent: { key: parentKey } }),
    })
  ).body.key as string;

describe('GET /rest/api/3/issue/{issueIdOrKey}', () => {
  it('answers all fields by default: summary, type, project, parent, labels, description, links, sub-tasks', async () => {
    const subtask = await subtaskOf('SHOP-2');
    const reply = await jira.get('/rest/api/3/issue/SHOP-2');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: '10101', key: 'SHOP-2' });
    expect(reply.body.fields).toMatchObject({
      summary: 'Create backend support for the new checkout',
      issuetype: { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
      project: { id: '10000', key: 'SHOP' },
      parent: { key: 'SHOP-1', fields: { summary: 'Checkout revamp' } },
      labels: [],
      description: null,
      issuelinks: [],
      subtasks: [{ key: subtask }],
    });
  });

  it('finds an issue by id and by a lower-case key', async () => {
    expect((await jira.get('/rest/api/3/issue/10102')).body.key).toBe('SHOP-3');
    expect((await jira.get('/rest/api/3/issue/shop-3')).body.key).toBe('SHOP-3');
  });

  it('answers only the fields asked for', async () => {
    const reply = await jira.get('/rest/api/3/issue/SHOP-2?fields=summary,parent');
    expect(Object.keys(reply.body.fields)).toEqual(['summary', 'parent']);
  });

  it('leaves out fields excluded with a minus', async () => {
    const reply = await jira.get('/rest/api/3/issue/SHOP-2?fields=*all,-description');
    expect(reply.body.fields).not.toHaveProperty('description');
    expect(reply.body.fields).toHaveProperty('summary');
  });

  it('answers entity properties named in properties', async () => {
    await jira.call('PUT', '/rest/api/3/issue/SHOP-3/properties/backend-breakdown', {
      body: { planId: 'p' },
    });
    const reply = await jira.get(
      '/rest/api/3/issue/SHOP-3?fields=summary&properties=backend-breakdown',
    );
    expect(reply.body.properties).toEqual({ 'backend-breakdown': { planId: 'p' } });
  });

  it('names the fields when expand=names', async () => {
    const reply = await jira.get('/rest/api/3/issue/SHOP-3?fields=summary&expand=names');
    expect(reply.body.names).toEqual({ summary: 'Summary' });
  });

  it('answers 404 with Jira message for an issue that does not exist', async () => {
    const reply = await jira.get('/rest/api/3/issue/SHOP-999');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    });
  });

  it('answers 404, not 403, to a user without Browse projects', async () => {
    jira.emulator.setPermission(SEED_USERS.viewer.accountId, 'SHOP', 'BROWSE_PROJECTS', false);
    const reply = await jira.get('/rest/api/3/issue/SHOP-1', 'viewer');
    expect(reply.status).toBe(404);
    expect(reply.body.errorMessages).toEqual([
      'Issue does not exist or you do not have permission to see it.',
    ]);
  });
});

describe('DELETE /rest/api/3/issue/{issueIdOrKey}', () => {
  it('deletes an issue and answers 204', async () => {
    const reply = await jira.call('DELETE', '/rest/api/3/issue/SHOP-3', { as: 'admin' });
    expect(reply.status).toBe(204);
    expect((await jira.get('/rest/api/3/issue/SHOP-3')).status).toBe(404);
  });

  it('refuses a user without Delete issues with 403', async () => {
    const reply = await jira.call('DELETE', '/rest/api/3/issue/SHOP-3', { as: 'member' });
    expect(reply.status).toBe(403);
    expect(reply.body.errorMessages).toEqual([
      'You do not have permission to delete issues in this project.',
    ]);
  });

  it('answers 404, not 403, to a deleter who may not browse the project', async () => {
    jira.emulator.setPermission(SEED_USERS.admin.accountId, 'SHOP', 'BROWSE_PROJECTS', false);
    const reply = await jira.call('DELETE', '/rest/api/3/issue/SHOP-3', { as: 'admin' });
    expect(reply.status).toBe(404);
    expect(jira.emulator.issues('SHOP').map((i) => i.key)).toContain('SHOP-3');
  });

  it('lets the app delete what it may browse', async () => {
    const reply = await jira.call('DELETE', '/rest/api/3/issue/SHOP-3', { as: 'app' });
    expect(reply.status).toBe(204);
  });

  it('refuses to delete an issue with sub-tasks unless deleteSubtasks=true', async () => {
    const subtask = await subtaskOf('SHOP-3');
    const refused = await jira.call('DELETE', '/rest/api/3/issue/SHOP-3', { as: 'admin' });
    expect(refused.status).toBe(400);
    const deleted = await jira.call('DELETE', '/rest/api/3/issue/SHOP-3?deleteSubtasks=true', {
      as: 'admin',
    });
    expect(deleted.status).toBe(204);
    expect((await jira.get(`/rest/api/3/issue/${subtask}`)).status).toBe(404);
  });

  it('keeps an epic’s children, without their parent', async () => {
    await jira.call('DELETE', '/rest/api/3/issue/SHOP-1', { as: 'app' });
    const child = await jira.get('/rest/api/3/issue/SHOP-2?fields=parent,summary');
    expect(child.body.fields).not.toHaveProperty('parent');
  });
});
