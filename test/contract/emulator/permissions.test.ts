import { APP_ACCOUNT_ID, SEED_USERS } from '../../../dev/emulator';
import { useEmulator } from './emulator-harness';

const jira = useEmulator();

const ALL =
  'BROWSE_PROJECTS,CREATE_ISSUES,EDIT_ISSUES,LINK_ISSUES,DELETE_ISSUES,ADMINISTER_PROJECTS';

const held = async (
  as: 'admin' | 'member' | 'viewer' | 'app',
  query = `projectKey=SHOP&permissions=${ALL}`,
) => {
  const reply = await jira.get(`/rest/api/3/mypermissions?${query}`, as);
  expect(reply.status).toBe(200);
  return Object.values(
    reply.body.permissions as Record<string, { key: string; havePermission: boolean }>,
  )
    .filter((p) => p.havePermission)
    .map((p) => p.key);
};

describe('GET /rest/api/3/mypermissions', () => {
  it('grants the admin everything, including Administer projects', async () => {
    expect(await held('admin')).toEqual(ALL.split(','));
  });

  it('lets the member browse, create, edit and link but not delete or administer', async () => {
    expect(await held('member')).toEqual([
      'BROWSE_PROJECTS',
      'CREATE_ISSUES',
      'EDIT_ISSUES',
      'LINK_ISSUES',
    ]);
  });

  it('lets the viewer only browse', async () => {
    expect(await held('viewer')).toEqual(['BROWSE_PROJECTS']);
  });

  it('lets the app browse, create, edit, link and delete', async () => {
    expect(await held('app')).toEqual([
      'BROWSE_PROJECTS',
      'CREATE_ISSUES',
      'EDIT_ISSUES',
      'LINK_ISSUES',
      'DELETE_ISSUES',
    ]);
  });

  it('answers for the project of an issue', async () => {
    expect(await held('member', 'issueKey=TEAM-2&permissions=CREATE_ISSUES')).toEqual([
      'CREATE_ISSUES',
    ]);
  });

  it('describes each permission as Jira does', async () => {
    const reply = await jira.get(
      '/rest/api/3/mypermissions?projectKey=SHOP&permissions=EDIT_ISSUES',
    );
    expect(reply.body.permissions.EDIT_ISSUES).toEqual({
      id: '12',
      key: 'EDIT_ISSUES',
      name: 'Edit Issues',
      type: 'PROJECT',
      description: 'Ability to edit issues.',
      havePermission: true,
    });
  });

  it('follows run-time permission changes', async () => {
    jira.emulator.setPermission(SEED_USERS.member.accountId, 'SHOP', 'CREATE_ISSUES', false);
    expect(await held('member')).toEqual(['BROWSE_PROJECTS', 'EDIT_ISSUES', 'LINK_ISSUES']);
  });

  it('refuses a request without permissions with 400', async () => {
    const reply = await jira.get('/rest/api/3/mypermissions?projectKey=SHOP');
    expect(reply.status).toBe(400);
    expect(reply.body.errorMessages).toEqual(["The 'permissions' query parameter is required."]);
  });

  it('refuses an unknown permission key with 400', async () => {
    const reply = await jira.get('/rest/api/3/mypermissions?projectKey=SHOP&permissions=FLY');
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual({ FLY: 'Unrecognized permission' });
  });

  it('answers 404 for a project that does not exist', async () => {
    expect(
      (await jira.get('/rest/api/3/mypermissions?projectKey=NOPE&permissions=BROWSE_PROJECTS'))
        .status,
    ).toBe(404);
  });
});

describe('POST /rest/api/3/permissions/check', () => {
  const check = (as: 'app' | 'member' | 'admin', accountId?: string) =>
    jira.post(
      '/rest/api/3/permissions/check',
      {
        ...(accountId === undefined ? {} : { accountId }),
        projectPermissions: [
          { permissions: ['CREATE_ISSUES'], projects: [10000, 10001], issues: [10101] },
        ],
      },
      as,
    );
  const ONLY_ADMINS = {
    errorMessages: ['Only Jira administrators can perform this operation.'],
    errors: {},
  };

  it('refuses the app checking another user with 403: a Forge app is not a Jira admin', async () => {
    const reply = await check('app', SEED_USERS.member.accountId);
    expect(reply.status).toBe(403);
    expect(reply.body).toEqual(ONLY_ADMINS);
  });

  it('refuses a project admin without Administer Jira checking someone else with 403', async () => {
    // The seeded admin also administers Jira; a project admin who does not is refused.
    jira.emulator.setGlobalPermission(SEED_USERS.admin.accountId, 'ADMINISTER', false);
    const reply = await check('admin', SEED_USERS.viewer.accountId);
    expect(reply.status).toBe(403);
    expect(reply.body).toEqual(ONLY_ADMINS);
  });

  it('lets the app check another user once it is granted Administer Jira', async () => {
    jira.emulator.setGlobalPermission(APP_ACCOUNT_ID, 'ADMINISTER', true);
    const reply = await check('app', SEED_USERS.member.accountId);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'CREATE_ISSUES', projects: [10000, 10001], issues: [10101] },
      ],
    });
    const viewer = await check('app', SEED_USERS.viewer.accountId);
    expect(viewer.body.projectPermissions).toEqual([
      { permission: 'CREATE_ISSUES', projects: [], issues: [] },
    ]);
  });

  it('refuses a user checking someone else with 403', async () => {
    const reply = await check('member', SEED_USERS.viewer.accountId);
    expect(reply.status).toBe(403);
    expect(reply.body.errorMessages).toEqual([
      'Only Jira administrators can perform this operation.',
    ]);
  });

  it('lets a user holding Administer Jira check someone else, and revoking takes it back', async () => {
    expect((await check('admin', SEED_USERS.viewer.accountId)).status).toBe(200);
    jira.emulator.setGlobalPermission(SEED_USERS.admin.accountId, 'ADMINISTER', false);
    expect((await check('admin', SEED_USERS.viewer.accountId)).status).toBe(403);
  });

  it('grants Administer Jira through the admin API, and reset takes it away', async () => {
    const grant = await jira.call('POST', '/__emulator/global-permissions', {
      as: 'nobody',
      body: { accountId: 'app', permission: 'ADMINISTER', granted: true },
    });
    expect(grant.status).toBe(204);
    expect((await check('app', SEED_USERS.member.accountId)).status).toBe(200);
    jira.emulator.reset();
    expect((await check('app', SEED_USERS.member.accountId)).status).toBe(403);
  });

  it.each([
    [{ accountId: 'nobody-known', permission: 'ADMINISTER', granted: true }],
    [{ accountId: 'app', permission: 'CREATE_ISSUES', granted: true }],
    [{ accountId: 'app', permission: 'ADMINISTER' }],
  ])('refuses a malformed global-permission change %j with 400', async (body) => {
    const reply = await jira.call('POST', '/__emulator/global-permissions', { as: 'nobody', body });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toEqual(expect.any(String));
  });

  it('shows a granted Administer Jira in mypermissions', async () => {
    jira.emulator.setGlobalPermission(APP_ACCOUNT_ID, 'ADMINISTER', true);
    expect(await held('app', 'permissions=ADMINISTER')).toEqual(['ADMINISTER']);
    expect(await held('member', 'permissions=ADMINISTER')).toEqual([]);
  });

  it('lets anyone, the app included, check their own permissions', async () => {
    expect((await check('member', SEED_USERS.member.accountId)).status).toBe(200);
    const own = await check('member');
    expect(own.status).toBe(200);
    expect(own.body.projectPermissions).toEqual([
      { permission: 'CREATE_ISSUES', projects: [10000, 10001], issues: [10101] },
    ]);
    expect((await check('app', APP_ACCOUNT_ID)).status).toBe(200);
    expect((await check('app')).status).toBe(200);
  });

  it('refuses an account id that does not exist with 400, for an administrator', async () => {
    jira.emulator.setGlobalPermission(APP_ACCOUNT_ID, 'ADMINISTER', true);
    const reply = await check('app', '5b10a2844c20165700edeFFF');
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      errorMessages: ["The account ID '5b10a2844c20165700edeFFF' is invalid."],
      errors: {},
    });
  });
});
