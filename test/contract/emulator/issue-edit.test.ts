/**
 * "Edit issue" (`PUT /rest/api/3/issue/{issueIdOrKey}`) and JQL's relative dates on `updated`
 * and `created`: an edit moves `updated`, and `updated >= -Nm` finds what changed lately. Time
 * is an injected clock, so nothing sleeps.
 */
import { useEmulator } from './emulator-harness';

let clock = 0;
const jira = useEmulator({ now: () => clock });

beforeEach(() => {
  clock = Date.parse('2026-12-07T12:00:00.000Z');
});

const keys = async (jql: string) => {
  const reply = await jira.post('/rest/api/3/search/jql', { jql, fields: ['key'] });
  expect(reply.status).toBe(200);
  return (reply.body.issues as { key: string }[]).map((i) => i.key);
};

const edit = (key: string, body: unknown, as: 'admin' | 'viewer' = 'admin') =>
  jira.call('PUT', `/rest/api/3/issue/${key}`, { as, body });

describe('PUT /rest/api/3/issue/{issueIdOrKey}', () => {
  it('changes summary, description and labels, answers 204 and moves updated', async () => {
    const before = (await jira.get('/rest/api/3/issue/SHOP-2?fields=updated,created')).body.fields;
    clock += 60_000;
    const description = {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Now with a story' }] }],
    };
    const reply = await edit('SHOP-2', {
      fields: { summary: 'Checkout service', description },
      update: { labels: [{ add: 'backend' }] },
    });
    expect(reply.status).toBe(204);
    const after = (
      await jira.get('/rest/api/3/issue/SHOP-2?fields=summary,description,labels,updated,created')
    ).body.fields;
    expect(after).toMatchObject({ summary: 'Checkout service', description, labels: ['backend'] });
    expect(after.created).toBe(before.created);
    expect(Date.parse(after.updated)).toBe(clock);
  });

  it('refuses a field it cannot set, a blank summary and a person without Edit issues, changing nothing', async () => {
    const unknown = await edit('SHOP-2', { fields: { priority: { name: 'High' } } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toHaveProperty('priority');
    const blank = await edit('SHOP-2', { fields: { summary: '' } });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toHaveProperty('summary');
    const denied = await edit('SHOP-2', { fields: { summary: 'Mine now' } }, 'viewer');
    expect([403, 404]).toContain(denied.status);
    const read = (await jira.get('/rest/api/3/issue/SHOP-2?fields=summary,updated')).body.fields;
    expect(read.summary).toBe('Create backend support for the new checkout');
  });
});

describe('JQL relative dates', () => {
  it('finds issues updated within the last N minutes, and only those', async () => {
    clock += 10 * 60_000;
    await edit('SHOP-3', { fields: { summary: 'Edited lately' } });
    clock += 2 * 60_000;
    expect(await keys('project = SHOP AND updated >= -3m')).toEqual(['SHOP-3']);
    expect(await keys('project = SHOP AND updated >= "-1m"')).toEqual([]);
    expect(await keys('key = SHOP-3 AND updated < -1m')).toEqual(['SHOP-3']);
  });

  it('a child that loses its epic counts as updated', async () => {
    const before = await keys('updated >= -1m');
    expect(before).toEqual([]);
    const epic = await jira.call('DELETE', '/rest/api/3/issue/SHOP-1', { as: 'admin' });
    expect(epic.status).toBe(204);
    expect(await keys('updated >= -1m')).toContain('SHOP-2');
  });

  it('refuses an absolute date and an operator dates do not take, with a message', async () => {
    const absolute = await jira.post('/rest/api/3/search/jql', {
      jql: 'updated >= "2026/12/07 10:00"',
      fields: ['key'],
    });
    expect(absolute.status).toBe(400);
    expect(JSON.stringify(absolute.body)).toContain('relative dates');
    const membership = await jira.post('/rest/api/3/search/jql', {
      jql: 'updated = -5m',
      fields: ['key'],
    });
    expect(membership.status).toBe(400);
  });
});
