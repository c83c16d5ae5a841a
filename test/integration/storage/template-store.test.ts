import { builtInTemplate, type Template } from '../../../src/domain';
import { appEnvironment } from '../../../src/app-environment';
import {
  TEMPLATE_HISTORY_MAX,
  TemplateConflictError,
  type TemplateOwner,
} from '../../../src/storage/template-store';
import { startLocalForge, type LocalForge } from '../../support/local-forge';

let forge: LocalForge;
/** The templates of the app environment, as the resolvers get them. */
const {
  deleteTemplate,
  getDefaultTemplateId,
  getTemplate,
  getTemplateVersion,
  listTemplateVersions,
  listTemplates,
  saveTemplate,
  setDefaultTemplateId,
} = appEnvironment().templates;

beforeAll(async () => {
  forge = await startLocalForge();
});

afterAll(async () => {
  await forge.stop();
});

const ADMIN = '5b10a2844c20165700ede21a';
const OTHER_ADMIN = '5b10a2844c20165700ede21b';
const SHOP: TemplateOwner = { kind: 'project', projectId: '10000' };
const VENTAS: TemplateOwner = { kind: 'project', projectId: '10002' };
const SITE: TemplateOwner = { kind: 'site' };

/** A project template copied from the default built-in, under its own id and name. */
const aTemplate = (id: string, name = 'Team breakdown'): Template => ({
  ...builtInTemplate('backend-service-breakdown')!,
  id,
  name,
});

const as = <T>(fn: () => Promise<T>) => forge.runAs('admin', fn);

describe('the template store (app storage through @forge/kvs)', () => {
  it('saves a first version based on version 0, with who and when', async () => {
    const saved = await as(() =>
      saveTemplate(SHOP, aTemplate('first'), 0, ADMIN, new Date('2026-03-01T10:00:00Z')),
    );
    expect(saved).toMatchObject({
      version: 1,
      savedBy: ADMIN,
      savedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(saved.template.version).toBe(1);
    const read = await as(() => getTemplate(SHOP, 'first'));
    expect(read?.template.name).toBe('Team breakdown');
  });

  it('keeps exactly one of two saves based on the same version, and refuses the other', async () => {
    await as(() => saveTemplate(SHOP, aTemplate('raced'), 0, ADMIN));
    const results = await Promise.allSettled([
      as(() => saveTemplate(SHOP, aTemplate('raced', 'Ours'), 1, ADMIN)),
      as(() => saveTemplate(SHOP, aTemplate('raced', 'Theirs'), 1, OTHER_ADMIN)),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(TemplateConflictError);
    const stored = await as(() => getTemplate(SHOP, 'raced'));
    const winner = (won[0] as PromiseFulfilledResult<{ template: Template }>).value;
    expect(stored?.version).toBe(2);
    expect(stored?.template.name).toBe(winner.template.name);
  });

  it('refuses a save based on a stale version and writes nothing', async () => {
    await as(() => saveTemplate(SHOP, aTemplate('stale'), 0, ADMIN));
    await as(() => saveTemplate(SHOP, aTemplate('stale', 'Second'), 1, ADMIN));
    await expect(
      as(() => saveTemplate(SHOP, aTemplate('stale', 'Late'), 1, OTHER_ADMIN)),
    ).rejects.toBeInstanceOf(TemplateConflictError);
    await expect(
      as(() => saveTemplate(SHOP, aTemplate('stale', 'New again'), 0, OTHER_ADMIN)),
    ).rejects.toBeInstanceOf(TemplateConflictError);
    expect((await as(() => getTemplate(SHOP, 'stale')))?.template.name).toBe('Second');
  });

  it('lists every version newest first, and reads any of them back', async () => {
    await as(() => saveTemplate(SHOP, aTemplate('history', 'One'), 0, ADMIN));
    await as(() => saveTemplate(SHOP, aTemplate('history', 'Two'), 1, OTHER_ADMIN));
    await as(() => saveTemplate(SHOP, aTemplate('history', 'Three'), 2, ADMIN));
    const versions = await as(() => listTemplateVersions(SHOP, 'history'));
    expect(versions.map((v) => [v.version, v.name, v.savedBy])).toEqual([
      [3, 'Three', ADMIN],
      [2, 'Two', OTHER_ADMIN],
      [1, 'One', ADMIN],
    ]);
    const old = await as(() => getTemplateVersion(SHOP, 'history', 2));
    expect(old?.template).toMatchObject({ name: 'Two', version: 2 });
    expect(await as(() => getTemplateVersion(SHOP, 'history', 9))).toBeNull();
  });

  it('keeps owners apart: a project, another project and the site library', async () => {
    await as(() => saveTemplate(SITE, aTemplate('shared', 'Library'), 0, ADMIN));
    await as(() => saveTemplate(VENTAS, aTemplate('shared', 'Ventas'), 0, ADMIN));
    expect((await as(() => getTemplate(SITE, 'shared')))?.template.name).toBe('Library');
    expect((await as(() => getTemplate(VENTAS, 'shared')))?.template.name).toBe('Ventas');
    expect(await as(() => getTemplate(SHOP, 'shared'))).toBeNull();
    const siteIds = (await as(() => listTemplates(SITE))).map((t) => t.template.id);
    expect(siteIds).toEqual(['shared']);
  });

  it('lists a project’s templates across query pages', async () => {
    const owner: TemplateOwner = { kind: 'project', projectId: '77777' };
    const ids = Array.from({ length: 23 }, (_, i) => `paged-${String(i).padStart(2, '0')}`);
    for (const id of ids) await as(() => saveTemplate(owner, aTemplate(id), 0, ADMIN));
    const listed = await as(() => listTemplates(owner));
    expect(listed.map((t) => t.template.id)).toEqual(ids);
  });

  it('deletes a template, and a new one under its id starts again from version 0', async () => {
    await as(() => saveTemplate(SHOP, aTemplate('gone'), 0, ADMIN));
    await as(() => saveTemplate(SHOP, aTemplate('gone'), 1, ADMIN));
    expect(await as(() => deleteTemplate(SHOP, 'gone', ADMIN))).toBe(true);
    expect(await as(() => deleteTemplate(SHOP, 'gone', ADMIN))).toBe(false);
    expect(await as(() => getTemplate(SHOP, 'gone'))).toBeNull();
    expect(await as(() => listTemplateVersions(SHOP, 'gone'))).toEqual([]);
    const again = await as(() => saveTemplate(SHOP, aTemplate('gone', 'Reborn'), 0, ADMIN));
    expect(again.template.name).toBe('Reborn');
    expect(again.version).toBe(3);
  });

  it('keeps the newest versions when the history is full, and drops the oldest', async () => {
    for (let base = 0; base < TEMPLATE_HISTORY_MAX + 2; base++) {
      await as(() => saveTemplate(SHOP, aTemplate('busy', `Save ${base + 1}`), base, ADMIN));
    }
    const versions = await as(() => listTemplateVersions(SHOP, 'busy'));
    expect(versions).toHaveLength(TEMPLATE_HISTORY_MAX);
    expect(versions[0]?.version).toBe(TEMPLATE_HISTORY_MAX + 2);
    expect(versions.at(-1)?.version).toBe(3);
    expect(await as(() => getTemplateVersion(SHOP, 'busy', 2))).toBeNull();
    // The dropped version's body is gone from storage too, not only from the index.
    const keys = Object.values(forge.kvs.snapshot()).flatMap((space) => Object.keys(space));
    expect(keys).toContain('template-version:10000:busy:000003');
    expect(keys).not.toContain('template-version:10000:busy:000002');
  });

  it('remembers a project’s default template', async () => {
    expect(await as(() => getDefaultTemplateId('10000'))).toBeNull();
    await as(() => setDefaultTemplateId('10000', 'first', ADMIN));
    expect(await as(() => getDefaultTemplateId('10000'))).toBe('first');
    expect(await as(() => getDefaultTemplateId('10002'))).toBeNull();
  });
});
