import { startDevStack, type DevStack } from '../../../dev/stack';
import { builtInTemplate, type Template } from '../../../src/domain';
import { devInvoke, saveDraftOver, type DevInvokeRequest } from '../../support/dev-invoke';
import { aDraft } from '../../support/draft-builders';
import { assertSpecConformingTraffic } from '../../support/spec-conformance';

let stack: DevStack;

beforeAll(async () => {
  stack = await startDevStack();
});

afterAll(async () => {
  await stack.stop();
  if (stack.emulator) assertSpecConformingTraffic(stack.emulator);
});

type Where = Pick<DevInvokeRequest, 'module' | 'projectKey' | 'issueKey' | 'user'>;
const SHOP_SETTINGS: Where = { module: 'jira:projectSettingsPage', projectKey: 'SHOP' };
const VENTAS_SETTINGS: Where = { module: 'jira:projectSettingsPage', projectKey: 'VENTAS' };
const SHOP_PANEL: Where = { module: 'jira:issuePanel', issueKey: 'SHOP-2' };
const ADMIN_PAGE: Where = { module: 'jira:adminPage' };

async function call(
  functionKey: string,
  payload: unknown,
  where: Where = SHOP_SETTINGS,
): Promise<Record<string, any>> {
  const { status, answer } = await devInvoke(stack.hostUrl, {
    user: 'admin',
    ...where,
    functionKey,
    payload,
  });
  expect(status).toBe(200);
  return answer;
}

/** A project template made from the default built-in, as "create from a built-in" does. */
const fromBuiltIn = (id: string, name = 'Shop breakdown'): Template => ({
  ...builtInTemplate('backend-service-breakdown')!,
  id,
  name,
});

const ids = (list: Record<string, any>) =>
  (list.data.templates as { id: string; scope: string }[]).map((t) => `${t.scope}:${t.id}`);

describe('the template resolvers', () => {
  it('lists the built-ins to a new project, the default marked, editable by its admin only', async () => {
    const admin = await call('template/list', {});
    expect(ids(admin)).toEqual([
      'built-in:backend-service-breakdown',
      'built-in:endpoint-per-subtask',
      'built-in:event-driven-service',
    ]);
    expect(admin.data.templates[0].isDefault).toBe(true);
    expect(admin.data).toMatchObject({ owner: 'project', canEdit: true });
    const member = await call('template/list', {}, { ...SHOP_SETTINGS, user: 'member' });
    expect(member.data.canEdit).toBe(false);
  });

  it('saves a first version from version 0, and gives the second save from it CONFLICT', async () => {
    const first = await call('template/save', { template: fromBuiltIn('race'), baseVersion: 0 });
    expect(first.ok).toBe(true);
    expect(first.data).toMatchObject({ version: 1, scope: 'project' });
    const second = await call('template/save', {
      template: fromBuiltIn('race', 'Someone else'),
      baseVersion: 0,
    });
    expect(second.ok).toBe(false);
    expect(second.error.code).toBe('CONFLICT');
    const read = await call('template/get', { templateId: 'race' });
    expect(read.data.template.name).toBe('Shop breakdown');
    const list = await call('template/list', {});
    expect(list.data.templates.find((t: { id: string }) => t.id === 'race')).toMatchObject({
      scope: 'project',
      version: 1,
      savedBy: '5b10a2844c20165700ede21a',
    });
  });

  it('refuses an invalid template at the field, and stores nothing', async () => {
    const broken = fromBuiltIn('broken');
    broken.epic = { ...broken.epic, summary: 'Epic for {{feature.name}}' };
    const answer = await call('template/save', { template: broken, baseVersion: 0 });
    expect(answer.error.code).toBe('INVALID_INPUT');
    expect(answer.error.details).toContainEqual({
      path: 'template.epic.summary',
      message: 'Unknown placeholder {{feature.name}}',
    });
    expect((await call('template/get', { templateId: 'broken' })).error.code).toBe('NOT_FOUND');
  });

  it('refuses to save over or delete a built-in', async () => {
    const save = await call('template/save', {
      template: fromBuiltIn('backend-service-breakdown'),
      baseVersion: 0,
    });
    expect(save.error.code).toBe('INVALID_INPUT');
    const remove = await call('template/delete', { templateId: 'endpoint-per-subtask' });
    expect(remove.error.code).toBe('INVALID_INPUT');
    expect(ids(await call('template/list', {}))).toContain('built-in:endpoint-per-subtask');
  });

  it('keeps every version, shows an old one, and restores it as a new version', async () => {
    await call('template/save', { template: fromBuiltIn('kept', 'One'), baseVersion: 0 });
    await call('template/save', { template: fromBuiltIn('kept', 'Two'), baseVersion: 1 });
    const versions = await call('template/versions', { templateId: 'kept' });
    expect(versions.data.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const old = await call('template/get', { templateId: 'kept', version: 1 });
    expect(old.data.template.name).toBe('One');
    const restored = await call('template/restore', {
      templateId: 'kept',
      version: 1,
      baseVersion: 2,
    });
    expect(restored.data).toMatchObject({ version: 3, template: { name: 'One', version: 3 } });
    const after = await call('template/versions', { templateId: 'kept' });
    expect(after.data.versions[0]).toMatchObject({ version: 3, restoredFrom: 1 });
  });

  it('makes a template the project default, which the plan uses when none is named', async () => {
    const own = fromBuiltIn('shop-default', 'Shop default');
    own.labels = ['shop-made'];
    await call('template/save', { template: own, baseVersion: 0 });
    const set = await call('template/set-default', { templateId: 'shop-default' });
    expect(set.data.defaultTemplateId).toBe('shop-default');
    const list = await call('template/list', {}, { ...SHOP_PANEL, user: 'member' });
    expect(list.data.defaultTemplateId).toBe('shop-default');

    await saveDraftOver(stack.hostUrl, 'SHOP-2', aDraft());
    const preview = await call('plan/preview', {}, { ...SHOP_PANEL, user: 'member' });
    expect(preview.data.ready).toBe(true);
    expect(preview.data.plan.templateId).toBe('shop-default');
    expect(preview.data.plan.items[0].fields.labels).toContain('shop-made');

    const removed = await call('template/delete', { templateId: 'shop-default' });
    expect(removed.data).toEqual({ deleted: true, defaultTemplateId: 'backend-service-breakdown' });
    const again = await call('plan/preview', {}, { ...SHOP_PANEL, user: 'member' });
    expect(again.data.plan.templateId).toBe('backend-service-breakdown');
  });

  it('exports a template as JSON and YAML, and imports it into another project', async () => {
    await call('template/save', { template: fromBuiltIn('travels', 'Travels'), baseVersion: 0 });
    const json = await call('template/export', { templateId: 'travels', format: 'json' });
    expect(json.data.fileName).toBe('travels.template.json');
    expect(JSON.parse(json.data.text)).toMatchObject({ id: 'travels', name: 'Travels' });
    const yaml = await call('template/export', { templateId: 'travels', format: 'yaml' });
    expect(yaml.data.fileName).toBe('travels.template.yaml');
    expect(yaml.data.text).toMatch(/^id: travels$/m);

    const imported = await call('template/import', { text: yaml.data.text }, VENTAS_SETTINGS);
    expect(imported.data).toMatchObject({ status: 'imported', stored: { version: 1 } });
    expect(ids(await call('template/list', {}, VENTAS_SETTINGS))).toContain('project:travels');

    const twice = await call('template/import', { text: json.data.text }, VENTAS_SETTINGS);
    expect(twice.data).toEqual({
      status: 'exists',
      templateId: 'travels',
      name: 'Travels',
      currentVersion: 1,
      canReplace: true,
    });
    const replaced = await call(
      'template/import',
      { text: json.data.text, onExisting: 'replace', baseVersion: 1 },
      VENTAS_SETTINGS,
    );
    expect(replaced.data.stored.version).toBe(2);
    const copied = await call(
      'template/import',
      { text: json.data.text, onExisting: 'copy' },
      VENTAS_SETTINGS,
    );
    expect(copied.data.stored.template).toMatchObject({
      id: 'travels-copy',
      name: 'Travels (copy)',
    });
  });

  it('locates every problem of an imported YAML file by path and line, and imports nothing', async () => {
    const text = [
      'id: half-broken',
      'name: Half broken',
      'epic:',
      '  summary: "{{feature.title}}"',
      'service:',
      '  summary: "{{endpoint.path}}"',
      'serviceItems:',
      '  - key: build',
      '    name: Build',
      '    role: epic',
      '    perEndpoint: sometimes',
      '    summary: Build it',
    ].join('\n');
    const answer = await call('template/import', { text }, VENTAS_SETTINGS);
    expect(answer.error.code).toBe('INVALID_INPUT');
    expect(answer.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'serviceItems[0].role', line: 10 }),
        expect.objectContaining({ path: 'serviceItems[0].perEndpoint', line: 11 }),
      ]),
    );
    expect(ids(await call('template/list', {}, VENTAS_SETTINGS))).not.toContain(
      'project:half-broken',
    );
    // Placeholders are checked once the shape is right: the next attempt finds those.
    const shaped = text.replace('role: epic', 'role: subtask').replace('sometimes', 'true');
    const placeholders = await call('template/import', { text: shaped }, VENTAS_SETTINGS);
    expect(placeholders.error.details).toEqual([
      expect.objectContaining({ path: 'service.summary', line: 6 }),
    ]);
    const syntax = await call('template/import', { text: 'id: [oops\nname: x' }, VENTAS_SETTINGS);
    expect(syntax.error.code).toBe('INVALID_INPUT');
    expect(syntax.error.details[0].line).toBeGreaterThan(0);
  });

  it('keeps the site library on the admin page, for Jira administrators, used by every project', async () => {
    const saved = await call(
      'template/save',
      { template: fromBuiltIn('library-one', 'Library one'), baseVersion: 0 },
      ADMIN_PAGE,
    );
    expect(saved.data.scope).toBe('site');
    const site = await call('template/list', {}, ADMIN_PAGE);
    expect(site.data).toMatchObject({ owner: 'site', canEdit: true });
    expect(ids(await call('template/list', {}, VENTAS_SETTINGS))).toContain('site:library-one');
    const memberSave = await call(
      'template/save',
      { template: fromBuiltIn('library-two'), baseVersion: 0 },
      { ...ADMIN_PAGE, user: 'member' },
    );
    expect(memberSave.error.code).toBe('FORBIDDEN');
    const setDefault = await call(
      'template/set-default',
      { templateId: 'library-one' },
      ADMIN_PAGE,
    );
    expect(setDefault.error.code).toBe('UNSUPPORTED_CONTEXT');
    // A project's own template under the same id takes the library's place there.
    await call(
      'template/save',
      { template: fromBuiltIn('library-one', 'Shop’s own'), baseVersion: 0 },
      SHOP_SETTINGS,
    );
    const shopList = await call('template/list', {});
    expect(ids(shopList).filter((id) => id.endsWith(':library-one'))).toEqual([
      'project:library-one',
    ]);
    const used = await call('template/set-default', { templateId: 'library-one' }, VENTAS_SETTINGS);
    expect(used.data.defaultTemplateId).toBe('library-one');
  });

  it('checks field defaults and issue types against the project’s create screens', async () => {
    const points = fromBuiltIn('pointed', 'Con puntos');
    points.issueTypeIds = { epic: '10020', standard: '10021', subtask: '10023' };
    points.service = {
      ...points.service,
      fields: {
        custom: [
          {
            fieldId: 'customfield_10016',
            name: 'Story point estimate',
            value: { kind: 'number', number: 5 },
          },
        ],
      },
    };
    const ventas = await call(
      'template/save',
      { template: points, baseVersion: 0 },
      VENTAS_SETTINGS,
    );
    expect(ventas.ok).toBe(true);

    const shop = await call('template/save', { template: points, baseVersion: 0 });
    expect(shop.error.code).toBe('INVALID_INPUT');
    expect(shop.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'template.issueTypeIds.epic' }),
        expect.objectContaining({ path: 'template.issueTypeIds.standard' }),
      ]),
    );
    const shopTypes = { ...points, issueTypeIds: {} };
    const lacking = await call('template/save', { template: shopTypes, baseVersion: 0 });
    expect(lacking.error.details).toEqual([
      {
        path: 'template.service.fields.custom[0].fieldId',
        message:
          'The project\'s standard issues have no "Story point estimate" field on their create screen',
      },
    ]);
    expect((await call('template/get', { templateId: 'pointed', scope: 'project' })).ok).toBe(
      false,
    );
  });

  it('creates each service story with the template’s Story points default', async () => {
    await saveDraftOver(stack.hostUrl, 'VENTAS-1', aDraft());
    const panel: Where = { module: 'jira:issuePanel', issueKey: 'VENTAS-1', user: 'member' };
    let run = await call('plan/apply', { templateId: 'pointed' }, panel);
    expect(run.ok).toBe(true);
    // A busy machine may hand the run to the queue: follow it until it ends.
    while (['queued', 'running'].includes(run.data.status)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      run = await call('run/get', { runId: run.data.runId }, panel);
    }
    expect(run.data.status).toBe('succeeded');
    const story = (run.data.items as { localId: string; key: string }[]).find(
      (item) => item.localId === 'service:payments',
    )!;
    const subtask = (run.data.items as { localId: string; key: string }[]).find(
      (item) => item.localId === 'service:payments/contract',
    )!;
    const read = async (key: string) => {
      const response = await fetch(
        `${stack.hostUrl}/__dev/jira/rest/api/3/issue/${key}?fields=customfield_10016,issuetype`,
        { headers: { 'x-dev-user': 'admin' } },
      );
      return ((await response.json()) as { fields: Record<string, any> }).fields;
    };
    const storyFields = await read(story.key);
    expect(storyFields.customfield_10016).toBe(5);
    expect(storyFields.issuetype.name).toBe('Historia');
    expect((await read(subtask.key)).issuetype.name).toBe('Subtarea');
  });

  it('confines a project admin’s writes from the issue panel to the issue’s project', async () => {
    const saved = await call(
      'template/save',
      { template: fromBuiltIn('from-panel'), baseVersion: 0 },
      SHOP_PANEL,
    );
    expect(saved.ok).toBe(true);
    expect(ids(await call('template/list', {}))).toContain('project:from-panel');
    expect(ids(await call('template/list', {}, VENTAS_SETTINGS))).not.toContain(
      'project:from-panel',
    );
  });
});

describe('who may change templates', () => {
  const template = fromBuiltIn('guarded', 'Guarded');
  const writes: [string, unknown][] = [
    ['template/save', { template, baseVersion: 1 }],
    ['template/delete', { templateId: 'guarded' }],
    ['template/set-default', { templateId: 'guarded' }],
    ['template/restore', { templateId: 'guarded', version: 1, baseVersion: 1 }],
    ['template/import', { text: JSON.stringify({ ...template, name: 'Imported' }) }],
  ];
  const modules: [string, Where][] = [
    ['the settings page', SHOP_SETTINGS],
    ['the issue panel', SHOP_PANEL],
    ['the admin page', ADMIN_PAGE],
  ];

  beforeAll(async () => {
    await call('template/save', { template, baseVersion: 0 });
  });

  const unchanged = async () => {
    const read = await call('template/get', { templateId: 'guarded' });
    expect(read.data).toMatchObject({ version: 1, template: { name: 'Guarded' } });
    const list = await call('template/list', {});
    expect(list.data.defaultTemplateId).not.toBe('guarded');
    expect(ids(await call('template/list', {}, ADMIN_PAGE))).not.toContain('site:guarded');
  };

  for (const user of ['member', 'viewer'] as const) {
    for (const [where, module] of modules) {
      it.each(writes)(
        `refuses %s to a ${user} from ${where}, and changes nothing`,
        async (key, payload) => {
          const answer = await call(key, payload, { ...module, user });
          expect(answer.ok).toBe(false);
          expect(answer.error.code).toBe('FORBIDDEN');
          await unchanged();
        },
      );
    }
  }

  it.each(writes)(
    'refuses %s with a payload naming another project, and changes nothing',
    async (key, payload) => {
      const answer = await call(
        key,
        { ...(payload as object), projectId: '10002' },
        VENTAS_SETTINGS,
      );
      expect(answer.error.code).toBe('INVALID_INPUT');
      await unchanged();
      expect(ids(await call('template/list', {}, VENTAS_SETTINGS))).not.toContain(
        'project:guarded',
      );
    },
  );
});
