import { fieldsFor, useEmulator } from './emulator-harness';

const jira = useEmulator();

interface TypesPage {
  startAt: number;
  maxResults: number;
  total: number;
  issueTypes: { id: string; name: string; hierarchyLevel: number; subtask: boolean }[];
}

const typesOf = async (project: string, as: 'admin' | 'member' | 'viewer' = 'member') =>
  (await jira.get(`/rest/api/3/issue/createmeta/${project}/issuetypes`, as)).body as TypesPage;

const fieldsOf = async (project: string, typeId: string) =>
  (await jira.get(`/rest/api/3/issue/createmeta/${project}/issuetypes/${typeId}`)).body.fields as {
    fieldId: string;
    required: boolean;
    name: string;
  }[];

describe('GET /rest/api/3/issue/createmeta/{project}/issuetypes', () => {
  it('lists a company-managed project’s types with hierarchy level and sub-task flag, paged', async () => {
    const page = await typesOf('SHOP');
    expect(page).toMatchObject({ startAt: 0, maxResults: 50, total: 5 });
    expect(page.issueTypes.map((t) => [t.name, t.hierarchyLevel, t.subtask])).toEqual([
      ['Epic', 1, false],
      ['Story', 0, false],
      ['Task', 0, false],
      ['Bug', 0, false],
      ['Sub-task', -1, true],
    ]);
  });

  it('lists the localised types of the Spanish project under their own names', async () => {
    const page = await typesOf('VENTAS');
    expect(page.issueTypes.map((t) => [t.id, t.name, t.hierarchyLevel])).toEqual([
      ['10020', 'Épica', 1],
      ['10021', 'Historia', 0],
      ['10022', 'Tarea', 0],
      ['10023', 'Subtarea', -1],
    ]);
  });

  it('scopes a team-managed project’s types to that project', async () => {
    const page = await typesOf('TEAM');
    expect(page.issueTypes[0]).toMatchObject({
      name: 'Epic',
      scope: { type: 'PROJECT', project: { id: '10001' } },
    });
  });

  it('pages with startAt and maxResults', async () => {
    const page = (
      await jira.get('/rest/api/3/issue/createmeta/SHOP/issuetypes?startAt=3&maxResults=1')
    ).body as TypesPage;
    expect(page).toMatchObject({ startAt: 3, maxResults: 1, total: 5 });
    expect(page.issueTypes.map((t) => t.name)).toEqual(['Bug']);
  });

  it('refuses maxResults above 200 with the spec’s message', async () => {
    const reply = await jira.get('/rest/api/3/issue/createmeta/SHOP/issuetypes?maxResults=201');
    expect(reply.status).toBe(400);
    expect(reply.body.errorMessages).toEqual([
      "Parameter 'maxResults' must not exceed the limit '200'",
    ]);
  });

  it('offers no types to a user without Create issues', async () => {
    const page = await typesOf('SHOP', 'viewer');
    expect(page).toMatchObject({ total: 0, issueTypes: [] });
  });

  it('answers 404 for an unknown project', async () => {
    expect((await jira.get('/rest/api/3/issue/createmeta/NOPE/issuetypes')).status).toBe(404);
  });
});

describe('GET /rest/api/3/issue/createmeta/{project}/issuetypes/{issueTypeId}', () => {
  it('marks summary, issue type and project required for a standard issue', async () => {
    const fields = await fieldsOf('SHOP', '10002');
    expect(fields.filter((f) => f.required).map((f) => f.fieldId)).toEqual([
      'summary',
      'issuetype',
      'project',
    ]);
  });

  it('makes parent required for a sub-task', async () => {
    const fields = await fieldsOf('SHOP', '10004');
    expect(fields.find((f) => f.fieldId === 'parent')?.required).toBe(true);
  });

  it('offers no parent field on an epic', async () => {
    const fields = await fieldsOf('SHOP', '10000');
    expect(fields.map((f) => f.fieldId)).not.toContain('parent');
  });

  it('requires Severity on SHOP bugs', async () => {
    const fields = await fieldsOf('SHOP', '10003');
    expect(fields.find((f) => f.fieldId === 'customfield_10050')).toMatchObject({
      name: 'Severity',
      required: true,
    });
  });

  it('offers issuelinks on the create screen of company-managed projects only', async () => {
    expect((await fieldsOf('SHOP', '10002')).map((f) => f.fieldId)).toContain('issuelinks');
    expect((await fieldsOf('VENTAS', '10022')).map((f) => f.fieldId)).toContain('issuelinks');
    expect((await fieldsOf('TEAM', '10011')).map((f) => f.fieldId)).not.toContain('issuelinks');
  });

  it('answers 404 for a type the project does not have', async () => {
    expect((await jira.get('/rest/api/3/issue/createmeta/SHOP/issuetypes/10011')).status).toBe(404);
  });
});

describe('required fields changed at run time', () => {
  it('shows a newly required field in createmeta and refuses a create without it', async () => {
    jira.emulator.setRequiredField('SHOP', '10002', 'customfield_10099', true);
    const fields = await fieldsOf('SHOP', '10002');
    expect(fields.find((f) => f.fieldId === 'customfield_10099')?.required).toBe(true);

    const reply = await jira.post('/rest/api/3/issue', {
      fields: fieldsFor('SHOP', '10002', 'A task'),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual({ customfield_10099: 'customfield_10099 is required.' });
  });

  it('can make an existing field required', async () => {
    jira.emulator.setRequiredField('TEAM', '10011', 'description', true);
    const reply = await jira.post('/rest/api/3/issue', {
      fields: fieldsFor('TEAM', '10011', 'A task'),
    });
    expect(reply.body.errors).toEqual({ description: 'Description is required.' });
  });

  it('is undone by reset', async () => {
    jira.emulator.setRequiredField('SHOP', '10002', 'customfield_10099', true);
    jira.emulator.reset();
    const reply = await jira.post('/rest/api/3/issue', {
      fields: fieldsFor('SHOP', '10002', 'A task'),
    });
    expect(reply.status).toBe(201);
  });
});

describe('createmeta field pages', () => {
  it('pages a create screen’s fields with startAt and maxResults, with the total', async () => {
    const all = await fieldsOf('VENTAS', '10021');
    const second = (
      await jira.get('/rest/api/3/issue/createmeta/VENTAS/issuetypes/10021?startAt=2&maxResults=3')
    ).body as { startAt: number; maxResults: number; total: number; fields: { fieldId: string }[] };
    expect(second).toMatchObject({ startAt: 2, maxResults: 3, total: all.length });
    expect(second.fields.map((f) => f.fieldId)).toEqual(all.slice(2, 5).map((f) => f.fieldId));
  });
});
