import { SEED_USERS } from '../../../dev/emulator';
import { useEmulator } from './emulator-harness';

const jira = useEmulator();

describe('GET /rest/api/3/myself', () => {
  it.each(['admin', 'member', 'viewer'] as const)('answers the seeded %s user', async (role) => {
    const reply = await jira.get('/rest/api/3/myself', role);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      accountId: SEED_USERS[role].accountId,
      displayName: SEED_USERS[role].displayName,
      emailAddress: SEED_USERS[role].email,
      accountType: 'atlassian',
    });
  });

  it('answers the app as an app account', async () => {
    const reply = await jira.get('/rest/api/3/myself', 'app');
    expect(reply.body).toMatchObject({ accountId: 'app', accountType: 'app' });
  });

  it('refuses a request without credentials with 401 in Jira error shape', async () => {
    const reply = await jira.get('/rest/api/3/myself', 'nobody');
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });

  it('refuses an account id it does not know', async () => {
    const reply = await jira.call('GET', '/rest/api/3/myself', {
      as: 'nobody',
      headers: { 'x-emulator-account-id': '5b10a2844c20165700edeXXX' },
    });
    expect(reply.status).toBe(401);
  });

  it('accepts Basic auth with a seeded email, as against a real site', async () => {
    const token = Buffer.from('viewer@example.com:any-api-token').toString('base64');
    const reply = await jira.call('GET', '/rest/api/3/myself', {
      as: 'nobody',
      headers: { authorization: `Basic ${token}` },
    });
    expect(reply.body.accountId).toBe(SEED_USERS.viewer.accountId);
  });
});

describe('GET /rest/api/3/project/{projectIdOrKey}', () => {
  it('describes a company-managed project with its issue types', async () => {
    const reply = await jira.get('/rest/api/3/project/SHOP');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      id: '10000',
      key: 'SHOP',
      simplified: false,
      style: 'classic',
    });
    expect(reply.body.issueTypes.map((t: { name: string }) => t.name)).toEqual([
      'Epic',
      'Story',
      'Task',
      'Bug',
      'Sub-task',
    ]);
  });

  it('finds a team-managed project by id, marked simplified', async () => {
    const reply = await jira.get('/rest/api/3/project/10001');
    expect(reply.body).toMatchObject({ key: 'TEAM', simplified: true, style: 'next-gen' });
  });

  it('answers 404 with Jira message for an unknown project', async () => {
    const reply = await jira.get('/rest/api/3/project/NOPE');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({
      errorMessages: ["No project could be found with key 'NOPE'."],
      errors: {},
    });
  });

  it('hides a project from a user who may not browse it (404, not 403)', async () => {
    jira.emulator.setPermission(SEED_USERS.viewer.accountId, 'VENTAS', 'BROWSE_PROJECTS', false);
    const reply = await jira.get('/rest/api/3/project/VENTAS', 'viewer');
    expect(reply.status).toBe(404);
  });
});
