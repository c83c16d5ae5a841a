import { useEmulator } from './emulator-harness';

const jira = useEmulator();
const path = '/rest/api/3/issue/SHOP-3/properties/backend-breakdown';

describe('issue entity properties', () => {
  it('answers 201 when a property is created and 200 when it is replaced', async () => {
    expect((await jira.call('PUT', path, { body: { planId: 'a' } })).status).toBe(201);
    expect((await jira.call('PUT', path, { body: { planId: 'b' } })).status).toBe(200);
    expect((await jira.get(path)).body).toEqual({
      key: 'backend-breakdown',
      value: { planId: 'b' },
    });
  });

  it('answers 404 for a property the issue does not have', async () => {
    const reply = await jira.get(path);
    expect(reply.status).toBe(404);
    expect(reply.body.errorMessages).toEqual([
      "The property with key 'backend-breakdown' does not exist.",
    ]);
  });

  it('answers 404 for a property of an issue that does not exist', async () => {
    expect((await jira.get('/rest/api/3/issue/SHOP-99/properties/x')).status).toBe(404);
  });

  it('refuses a user without Edit issues with 403', async () => {
    const reply = await jira.call('PUT', path, { body: { planId: 'a' }, as: 'viewer' });
    expect(reply.status).toBe(403);
  });

  it('refuses a value over 32 768 bytes', async () => {
    const reply = await jira.call('PUT', path, { body: { blob: 'x'.repeat(32768) } });
    expect(reply.status).toBe(400);
  });

  it('refuses a request without a value', async () => {
    const reply = await jira.call('PUT', path, {});
    expect(reply.status).toBe(400);
    expect(reply.body.errorMessages).toEqual([
      'Invalid request payload. Refer to the REST API documentation and try again.',
    ]);
  });
});
