import { adf, fieldsFor, useEmulator } from './emulator-harness';

const jira = useEmulator();

const create = (
  fields: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  as: 'member' | 'viewer' | 'app' = 'member',
) => jira.post('/rest/api/3/issue', { fields, ...extra }, as);

describe('POST /rest/api/3/issue', () => {
  it('creates an issue with the next key of its project and answers id, key and self', async () => {
    const reply = await create(
      fieldsFor('SHOP', '10002', 'Set up the payments service', {
        labels: ['backend'],
        description: adf('Why'),
      }),
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      id: '10106',
      key: 'SHOP-4',
      self: `${jira.url}/rest/api/3/issue/10106`,
    });
    const [created] = jira.emulator.issues('SHOP').filter((i) => i.key === 'SHOP-4');
    expect(created).toMatchObject({
      summary: 'Set up the payments service',
      labels: ['backend'],
      description: adf('Why'),
    });
  });

  it('accepts the project by id and the issue type by name', async () => {
    const reply = await create({
      project: { id: '10002' },
      issuetype: { name: 'Historia' },
      summary: 'Facturas',
    });
    expect(reply.body.key).toBe('VENTAS-2');
  });

  it('stores entity properties given in the create request', async () => {
    const value = { planId: 'p1', localId: 'service:orders', runId: 'r1', templateVersion: 3 };
    const reply = await create(fieldsFor('SHOP', '10002', 'Orders'), {
      properties: [{ key: 'backend-breakdown', value }],
    });
    const property = await jira.get(
      `/rest/api/3/issue/${reply.body.key}/properties/backend-breakdown`,
    );
    expect(property.body).toEqual({ key: 'backend-breakdown', value });
  });

  it('creates a sub-task under a standard issue of the same project', async () => {
    const reply = await create(
      fieldsFor('SHOP', '10004', 'Contract', { parent: { key: 'SHOP-2' } }),
    );
    expect(reply.status).toBe(201);
    expect(jira.emulator.issues('SHOP').find((i) => i.key === reply.body.key)?.parentKey).toBe(
      'SHOP-2',
    );
  });

  it('creates a standard issue under an epic', async () => {
    const reply = await create(
      fieldsFor('TEAM', '10011', 'Payout API', { parent: { key: 'TEAM-1' } }),
    );
    expect(reply.status).toBe(201);
  });

  describe('folds links into the create request when issuelinks is on the create screen', () => {
    it('records an outward Blocks link as "the new issue blocks the other"', async () => {
      const reply = await create(fieldsFor('SHOP', '10002', 'Schema first'), {
        update: {
          issuelinks: [{ add: { type: { name: 'Blocks' }, outwardIssue: { key: 'SHOP-3' } } }],
        },
      });
      expect(reply.status).toBe(201);
      const created = jira.emulator.issues('SHOP').find((i) => i.key === reply.body.key);
      expect(created?.links).toEqual([
        expect.objectContaining({ type: 'Blocks', description: 'blocks', issueKey: 'SHOP-3' }),
      ]);
    });

    it('refuses issuelinks where the create screen does not offer it, as Jira does', async () => {
      const reply = await create(fieldsFor('TEAM', '10011', 'Schema first'), {
        update: {
          issuelinks: [{ add: { type: { name: 'Blocks' }, outwardIssue: { key: 'TEAM-2' } } }],
        },
      });
      expect(reply.status).toBe(400);
      expect(reply.body).toEqual({
        errorMessages: [],
        errors: {
          issuelinks:
            "Field 'issuelinks' cannot be set. It is not on the appropriate screen, or unknown.",
        },
      });
    });

    it('refuses an unknown link type', async () => {
      const reply = await create(fieldsFor('SHOP', '10002', 'x'), {
        update: {
          issuelinks: [{ add: { type: { name: 'Depends' }, outwardIssue: { key: 'SHOP-3' } } }],
        },
      });
      expect(reply.body.errors).toEqual({
        issuelinks: "No issue link type with name 'Depends' found.",
      });
    });
  });

  describe('Jira’s field rules (400 with errorMessages and errors)', () => {
    it.each([
      [
        'an unknown issue type',
        fieldsFor('SHOP', '10011', 'x'),
        { issuetype: 'The issue type selected is invalid.' },
      ],
      [
        'no issue type',
        { project: { key: 'SHOP' }, summary: 'x' },
        { issuetype: 'Specify an issue type' },
      ],
      [
        'an unknown project',
        fieldsFor('NOPE', '10002', 'x'),
        { project: 'Specify a valid project ID or key' },
      ],
      [
        'no summary',
        fieldsFor('SHOP', '10002', ''),
        { summary: 'You must specify a summary of the issue.' },
      ],
      [
        'a summary over 255 characters',
        fieldsFor('SHOP', '10002', 'x'.repeat(256)),
        { summary: 'Summary must be less than 255 characters.' },
      ],
      [
        'a summary with a line break',
        fieldsFor('SHOP', '10002', 'a\nb'),
        { summary: 'The summary is invalid because it contains newline characters.' },
      ],
      [
        'a label with a space',
        fieldsFor('SHOP', '10002', 'x', { labels: ['two words'] }),
        { labels: "The label 'two words' contains spaces which is invalid." },
      ],
      [
        'a plain-text description',
        fieldsFor('SHOP', '10002', 'x', { description: 'text' }),
        {
          description:
            'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
        },
      ],
      [
        'a description that is not valid ADF',
        fieldsFor('SHOP', '10002', 'x', {
          description: { type: 'doc', version: 1, content: [{ type: 'bogus' }] },
        }),
        { description: 'INVALID_INPUT' },
      ],
      [
        'a bug without its required Severity',
        fieldsFor('SHOP', '10003', 'x'),
        { customfield_10050: 'Severity is required.' },
      ],
      [
        'a Severity that is not an option',
        fieldsFor('SHOP', '10003', 'x', { customfield_10050: { value: 'Huge' } }),
        { customfield_10050: "Option value 'Huge' is not valid" },
      ],
      [
        'a field not on the screen',
        fieldsFor('SHOP', '10002', 'x', { assignee: { accountId: 'a' } }),
        {
          assignee:
            "Field 'assignee' cannot be set. It is not on the appropriate screen, or unknown.",
        },
      ],
      [
        'components where the project has none',
        fieldsFor('TEAM', '10011', 'x', { components: [] }),
        {
          components:
            "Field 'components' cannot be set. It is not on the appropriate screen, or unknown.",
        },
      ],
      [
        'a sub-task without a parent',
        fieldsFor('SHOP', '10004', 'x'),
        { parent: 'Issue type is a sub-task but parent issue key or id not specified.' },
      ],
      [
        'a sub-task under an epic',
        fieldsFor('SHOP', '10004', 'x', { parent: { key: 'SHOP-1' } }),
        { parentId: 'Given parent work item does not belong to appropriate hierarchy.' },
      ],
      [
        'a sub-task under another project’s issue',
        fieldsFor('SHOP', '10004', 'x', { parent: { key: 'TEAM-2' } }),
        { project: 'Sub-tasks must be created in the same project as the parent.' },
      ],
      [
        'a standard issue under a standard issue',
        fieldsFor('SHOP', '10002', 'x', { parent: { key: 'SHOP-3' } }),
        { parentId: 'Given parent work item does not belong to appropriate hierarchy.' },
      ],
      [
        'an epic with a parent',
        fieldsFor('SHOP', '10000', 'x', { parent: { key: 'SHOP-1' } }),
        {
          parent: "Field 'parent' cannot be set. It is not on the appropriate screen, or unknown.",
        },
      ],
      [
        'a parent that does not exist',
        fieldsFor('SHOP', '10004', 'x', { parent: { key: 'SHOP-999' } }),
        { parent: 'Could not find issue by id or key.' },
      ],
    ])('refuses %s', async (_case, fields, errors) => {
      const reply = await create(fields);
      expect(reply.status).toBe(400);
      expect(reply.body).toEqual({ errorMessages: [], errors });
    });

    it('refuses a property value over 32 768 bytes', async () => {
      const reply = await create(fieldsFor('SHOP', '10002', 'x'), {
        properties: [{ key: 'big', value: 'x'.repeat(32768) }],
      });
      expect(reply.status).toBe(400);
      expect(reply.body.errorMessages).toEqual([
        'The property value cannot be longer than 32768 bytes.',
      ]);
    });

    it('creates nothing when it refuses', async () => {
      await create(fieldsFor('SHOP', '10002', 'x', { labels: ['two words'] }));
      expect(jira.emulator.issues('SHOP')).toHaveLength(3);
    });
  });

  describe('permissions', () => {
    it('refuses a user without Create issues with 403', async () => {
      const reply = await create(fieldsFor('SHOP', '10002', 'x'), {}, 'viewer');
      expect(reply.status).toBe(403);
      expect(reply.body).toEqual({
        errorMessages: ['You do not have permission to create issues in this project.'],
        errors: {},
      });
    });

    it('lets the app create as itself', async () => {
      const reply = await create(fieldsFor('SHOP', '10002', 'x'), {}, 'app');
      expect(reply.status).toBe(201);
      expect(jira.emulator.issues('SHOP').at(-1)?.creatorAccountId).toBe('app');
    });
  });
});
