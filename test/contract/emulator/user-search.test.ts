import { useEmulator } from './emulator-harness';

const jira = useEmulator();

const names = (body: unknown) => (body as { displayName: string }[]).map((u) => u.displayName);

describe('GET /rest/api/3/user/search', () => {
  it('finds people by the start of a name or email, as users with their display names', async () => {
    expect(names((await jira.get('/rest/api/3/user/search?query=ma', 'admin')).body)).toEqual([
      'Max Member',
    ]);
    expect(names((await jira.get('/rest/api/3/user/search?query=VIEW', 'admin')).body)).toEqual([
      'Vera Viewer',
    ]);
    expect(names((await jira.get('/rest/api/3/user/search?query=zz', 'admin')).body)).toEqual([]);
  });

  it('pages with startAt and maxResults', async () => {
    const everyone = names((await jira.get('/rest/api/3/user/search?query=e', 'admin')).body);
    const second = names(
      (await jira.get('/rest/api/3/user/search?query=e&startAt=1&maxResults=1', 'admin')).body,
    );
    expect(second).toEqual(everyone.slice(1, 2));
  });

  it('answers an empty list, not an error, to someone without Browse users and groups', async () => {
    jira.emulator.setGlobalPermission('5b10a2844c20165700ede21b', 'USER_PICKER', false);
    try {
      const reply = await jira.get('/rest/api/3/user/search?query=ada', 'member');
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual([]);
    } finally {
      jira.emulator.setGlobalPermission('5b10a2844c20165700ede21b', 'USER_PICKER', true);
    }
  });

  it('needs a query or an account id', async () => {
    expect((await jira.get('/rest/api/3/user/search', 'admin')).status).toBe(400);
  });
});
