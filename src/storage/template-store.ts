/**
 * Templates in app storage, per owner: a project (by its **id**: keys can be renamed) or the
 * site-wide library.
 *
 *   template:<owner>:<templateId>                       the current version and the version index
 *   template-version:<owner>:<templateId>:<000001>      each saved version, as saved
 *   template-claim:<owner>:<templateId>:<n>             claimed with FAIL_IF_EXISTS by a save
 *   template-default:<projectId>                        the project's default template id
 *
 * Every save is a new version with who and when; a save names the version it was based on, and
 * of two saves based on the same version exactly one wins (the draft store's claim idiom).
 */
import { kvs, WhereConditions } from '@forge/kvs';
import { migrateTemplate, type Template } from '../domain';

/** Whose templates: one project's own, or the site library every project can use. */
export type TemplateOwner = { kind: 'project'; projectId: string } | { kind: 'site' };

/** A save was based on a version that is no longer the latest: someone else saved first. */
export class TemplateConflictError extends Error {
  override readonly name = 'TemplateConflictError';
  constructor(readonly currentVersion: number) {
    super(
      'This template was saved again after you opened it: keep your version, take the saved one, or compare them first.',
    );
  }
}

export interface TemplateVersionInfo {
  version: number;
  savedAt: string;
  savedBy: string;
  name: string;
  /** Set when this version restored an older one. */
  restoredFrom?: number;
}

export interface StoredTemplate {
  template: Template;
  version: number;
  savedAt: string;
  savedBy: string;
}

/** The head record; a deleted template keeps a tombstone so version numbers never repeat. */
interface Head {
  version: number;
  deleted?: { at: string; by: string };
  current: StoredTemplate | null;
  history: TemplateVersionInfo[];
}

/** Older versions beyond this many are dropped, so the head stays far under KVS's 240 KiB. */
export const TEMPLATE_HISTORY_MAX = 100;
const VERSION_DIGITS = 6;
const QUERY_PAGE = 20;

const ownerPart = (owner: TemplateOwner) => (owner.kind === 'site' ? 'site' : owner.projectId);
const headKey = (owner: TemplateOwner, id: string) => `template:${ownerPart(owner)}:${id}`;
const versionKey = (owner: TemplateOwner, id: string, version: number) =>
  `template-version:${ownerPart(owner)}:${id}:${String(version).padStart(VERSION_DIGITS, '0')}`;
const claimKey = (owner: TemplateOwner, id: string, version: number) =>
  `template-claim:${ownerPart(owner)}:${id}:${version}`;
const defaultKey = (projectId: string) => `template-default:${projectId}`;

/** A stored template read back through the current schema, so older shapes still load. */
function revive(stored: StoredTemplate): StoredTemplate {
  return { ...stored, template: migrateTemplate(stored.template) };
}

export async function getTemplate(
  owner: TemplateOwner,
  templateId: string,
): Promise<StoredTemplate | null> {
  const head = await kvs.get<Head>(headKey(owner, templateId));
  return head?.current ? revive(head.current) : null;
}

/** Every current template of an owner, in id order. */
export async function listTemplates(owner: TemplateOwner): Promise<StoredTemplate[]> {
  const found: StoredTemplate[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(`template:${ownerPart(owner)}:`))
      .limit(QUERY_PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany<Head>();
    for (const entry of page.results) {
      if (entry.value.current) found.push(revive(entry.value.current));
    }
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

/**
 * Saves `template` as the next version, when `baseVersion` is still the latest (0 for a template
 * that does not exist yet, or was deleted). The stored template carries its version number.
 */
export async function saveTemplate(
  owner: TemplateOwner,
  template: Template,
  baseVersion: number,
  accountId: string,
  now: Date = new Date(),
  restoredFrom?: number,
): Promise<StoredTemplate> {
  const key = headKey(owner, template.id);
  const head = await kvs.get<Head>(key);
  const currentVersion = head?.current ? head.version : 0;
  if (currentVersion !== baseVersion) throw new TemplateConflictError(currentVersion);
  // After a delete, numbering continues from the tombstone: an old claim never blocks a new save.
  const version = (head?.version ?? 0) + 1;
  try {
    await kvs.set(claimKey(owner, template.id, version), accountId, {
      keyPolicy: 'FAIL_IF_EXISTS',
      ttl: { value: 1, unit: 'DAYS' },
    });
  } catch {
    throw new TemplateConflictError(version);
  }
  const stored: StoredTemplate = {
    template: { ...template, version },
    version,
    savedAt: now.toISOString(),
    savedBy: accountId,
  };
  const info: TemplateVersionInfo = {
    version,
    savedAt: stored.savedAt,
    savedBy: accountId,
    name: template.name,
    ...(restoredFrom === undefined ? {} : { restoredFrom }),
  };
  const kept = head?.current ? head.history : [];
  const history = [info, ...kept].slice(0, TEMPLATE_HISTORY_MAX);
  await kvs.set(versionKey(owner, template.id, version), stored);
  await kvs.set(key, { version, current: stored, history } satisfies Head);
  await Promise.all(
    kept
      .slice(TEMPLATE_HISTORY_MAX - 1)
      .map((old) => kvs.delete(versionKey(owner, template.id, old.version))),
  );
  return stored;
}

/** The saved versions of a template, newest first; empty when it does not exist. */
export async function listTemplateVersions(
  owner: TemplateOwner,
  templateId: string,
): Promise<TemplateVersionInfo[]> {
  const head = await kvs.get<Head>(headKey(owner, templateId));
  return head?.current ? head.history : [];
}

export async function getTemplateVersion(
  owner: TemplateOwner,
  templateId: string,
  version: number,
): Promise<StoredTemplate | null> {
  const head = await kvs.get<Head>(headKey(owner, templateId));
  if (!head?.current || !head.history.some((info) => info.version === version)) return null;
  const stored = await kvs.get<StoredTemplate>(versionKey(owner, templateId, version));
  return stored ? revive(stored) : null;
}

/**
 * Deletes a template and its versions, leaving a tombstone with the last version number.
 * Deleting one that does not exist is not an error (a repeated delete changes nothing).
 */
export async function deleteTemplate(
  owner: TemplateOwner,
  templateId: string,
  accountId: string,
  now: Date = new Date(),
): Promise<boolean> {
  const key = headKey(owner, templateId);
  const head = await kvs.get<Head>(key);
  if (!head?.current) return false;
  const tombstone: Head = {
    version: head.version,
    deleted: { at: now.toISOString(), by: accountId },
    current: null,
    history: [],
  };
  await kvs.set(key, tombstone);
  await Promise.all(
    head.history.map((info) => kvs.delete(versionKey(owner, templateId, info.version))),
  );
  return true;
}

interface DefaultRecord {
  templateId: string;
  setBy: string;
  setAt: string;
}

/** The template id a project chose as its default, or null when it never chose one. */
export async function getDefaultTemplateId(projectId: string): Promise<string | null> {
  const record = await kvs.get<DefaultRecord>(defaultKey(projectId));
  return record?.templateId ?? null;
}

export async function setDefaultTemplateId(
  projectId: string,
  templateId: string,
  accountId: string,
  now: Date = new Date(),
): Promise<void> {
  await kvs.set(defaultKey(projectId), {
    templateId,
    setBy: accountId,
    setAt: now.toISOString(),
  } satisfies DefaultRecord);
}

export async function clearDefaultTemplateId(projectId: string): Promise<void> {
  await kvs.delete(defaultKey(projectId));
}
