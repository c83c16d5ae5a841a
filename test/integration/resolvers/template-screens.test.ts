import { startDevStack, type DevStack } from '../../../dev/stack';
import { builtInTemplate } from '../../../src/domain';
import { devInvoke, type DevInvokeRequest } from '../../support/dev-invoke';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';

jest.setTimeout(60_000);

let stack: DevStack;

beforeAll(async () => {
  stack = await startDevStack();
});

afterAll(async () => {
  await stack.stop();
  if (stack.emulator) assertSpecConformingTraffic(stack.emulator);
});

afterEach(() => {
  stack.emulator?.clearFaults();
});

type Where = Pick<DevInvokeRequest, 'module' | 'projectKey' | 'issueKey' | 'user'>;
const settings = (projectKey: string): Where => ({
  module: 'jira:projectSettingsPage',
  projectKey,
});

async function call(functionKey: string, payload: unknown, where: Where) {
  const { answer } = await devInvoke(stack.hostUrl, {
    user: 'admin',
    ...where,
    functionKey,
    payload,
  });
  return answer as {
    ok: boolean;
    data?: any;
    error?: { code: string; message: string; details?: any };
  };
}

describe('template/screens', () => {
  it('answers per role the type Jira would use and its create screen’s defaultable fields, by name', async () => {
    const answer = await call('template/screens', {}, settings('VENTAS'));
    expect(answer.ok).toBe(true);
    const { roles, project } = answer.data;
    expect(project).toEqual({ key: 'VENTAS' });
    expect(roles.epic.type).toMatchObject({ id: '10020', name: 'Épica' });
    expect(roles.epic.type.iconUrl).toMatch(/epic\.svg$/);
    expect(roles.standard.type).toMatchObject({ id: '10021', name: 'Historia' });
    expect(roles.standard.choices.map((t: { name: string }) => t.name)).toEqual([
      'Historia',
      'Tarea',
    ]);
    expect(roles.subtask.type).toMatchObject({ name: 'Subtarea' });
    // Only what a template may default: components (by name) and the number field; never summary.
    expect(roles.standard.fields).toEqual([
      {
        fieldId: 'components',
        name: 'Components',
        kind: 'components',
        allowed: [{ id: '10010', name: 'Facturación' }],
      },
      { fieldId: 'customfield_10016', name: 'Story point estimate', kind: 'number', allowed: null },
    ]);
  });

  it('follows the template’s own choice of type, and says when it does not fit the role', async () => {
    const tarea = await call(
      'template/screens',
      { issueTypeIds: { standard: '10022' } },
      settings('VENTAS'),
    );
    expect(tarea.data.roles.standard.type.name).toBe('Tarea');
    expect(tarea.data.roles.standard.fields.map((f: { name: string }) => f.name)).toEqual([
      'Components',
    ]);
    const wrong = await call(
      'template/screens',
      { issueTypeIds: { subtask: '10021' } },
      settings('VENTAS'),
    );
    expect(wrong.data.roles.subtask).toMatchObject({ type: null, fields: [] });
    expect(wrong.data.roles.subtask.problem).toBe(
      'The template uses issue type "Historia" as the sub-task, but it is at hierarchy level 0, not -1',
    );
  });

  it('offers select fields with their options by name', async () => {
    const answer = await call(
      'template/screens',
      { issueTypeIds: { standard: '10003' } },
      settings('SHOP'),
    );
    const severity = answer.data.roles.standard.fields.find(
      (f: { name: string }) => f.name === 'Severity',
    );
    expect(severity.kind).toBe('option');
    expect(severity.allowed.length).toBeGreaterThan(0);
    expect(severity.allowed.every((a: { name: string }) => !/^\d+$/.test(a.name))).toBe(true);
  });

  it('turns a Jira failure into an error, never an empty screen', async () => {
    stack.emulator!.addFault({
      match: { method: 'GET', path: '/rest/api/3/issue/createmeta/10002/issuetypes/10021' },
      status: 500,
    });
    const answer = await call('template/screens', {}, settings('VENTAS'));
    expect(answer.ok).toBe(false);
    expect(answer.error!.code).toBe('JIRA_ERROR');
  });

  it('tells someone without Create issues why there are no screens', async () => {
    const answer = await call('template/screens', {}, { ...settings('SHOP'), user: 'viewer' });
    expect(answer.data.roles.standard.type).toBeNull();
    expect(answer.data.roles.standard.problem).toMatch(/need the "Create issues" permission/);
  });

  it('answers the site library that types and screens are each project’s', async () => {
    const answer = await call('template/screens', {}, { module: 'jira:adminPage' });
    expect(answer.data).toEqual({ owner: 'site' });
  });
});

describe('who saved, by name', () => {
  it('lists and versions templates with the saver’s name, and names them in a conflict', async () => {
    const template = { ...builtInTemplate('endpoint-per-subtask')!, id: 'named', name: 'Named' };
    await call('template/save', { template, baseVersion: 0 }, settings('SHOP'));
    const list = await call('template/list', {}, settings('SHOP'));
    const row = list.data.templates.find((t: { id: string }) => t.id === 'named');
    expect(row.savedByName).toBe('Ada Admin');
    const versions = await call('template/versions', { templateId: 'named' }, settings('SHOP'));
    expect(versions.data.versions[0].savedByName).toBe('Ada Admin');

    const stale = await call('template/save', { template, baseVersion: 0 }, settings('SHOP'));
    expect(stale.error!.code).toBe('CONFLICT');
    expect(stale.error!.details).toMatchObject({
      currentVersion: 1,
      byYou: true,
      savedByName: null,
    });
    expect(typeof stale.error!.details.savedAt).toBe('string');
  });
});
