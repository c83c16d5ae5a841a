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
import { migrateTemplate, type Template } from '../domain';
import type { KeyValueStore } from './run-kvs';

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

interface DefaultRecord {
  templateId: string;
  setBy: string;
  setAt: string;
}

export interface TemplateStore {
  getTemplate(owner: TemplateOwner, templateId: string): Promise<StoredTemplate | null>;
  /** Every current template of an owner, in id order. */
  listTemplates(owner: TemplateOwner): Promise<StoredTemplate[]>;
  /**
   * Saves `template` as the next version, when `baseVersion` is still the latest (0 for a
   * template that does not exist yet, or was deleted). The stored template carries its version
   * number. A stale save is refused with `TemplateConflictError`; a storage failure is thrown as
   * it is.
   */
  saveTemplate(
    owner: TemplateOwner,
    template: Template,
    baseVersion: number,
    accountId: string,
    now?: Date,
    restoredFrom?: number,
  ): Promise<StoredTemplate>;
  /** The saved versions of a template, newest first; empty when it does not exist. */
  listTemplateVersions(owner: TemplateOwner, templateId: string): Promise<TemplateVersionInfo[]>;
  getTemplateVersion(
    owner: TemplateOwner,
    templateId: string,
    version: number,
  ): Promise<StoredTemplate | null>;
  /**
   * Deletes a template and its versions, leaving a tombstone with the last version number.
   * Deleting one that does not exist is not an error (a repeated delete changes nothing).
   */
  deleteTemplate(
    owner: TemplateOwner,
    templateId: string,
    accountId: string,
    now?: Date,
  ): Promise<boolean>;
  /** The template id a project chose as its default, or null when it never chose one. */
  getDefaultTemplateId(projectId: string): Promise<string | null>;
  setDefaultTemplateId(
    projectId: string,
    templateId: string,
    accountId: string,
    now?: Date,
  ): Promise<void>;
  clearDefaultTemplateId(projectId: string): Promise<void>;
}

/** The templates in `kv`; saves and deletes are stamped by `clock` unless a time is given. */
export function createTemplateStore(kv: KeyValueStore, clock: () => number): TemplateStore {
  const stamp = () => new Date(clock());
  return {
    async getTemplate(owner, templateId) {
      const head = await kv.get<Head>(headKey(owner, templateId));
      return head?.current ? revive(head.current) : null;
    },

    async listTemplates(owner) {
      const found: StoredTemplate[] = [];
      let cursor: string | undefined;
      do {
        const page = await kv.list<Head>(`template:${ownerPart(owner)}:`, cursor);
        for (const entry of page.entries) {
          if (entry.value.current) found.push(revive(entry.value.current));
        }
        cursor = page.nextCursor;
      } while (cursor);
      return found;
    },

    async saveTemplate(owner, template, baseVersion, accountId, now = stamp(), restoredFrom) {
      const key = headKey(owner, template.id);
      const head = await kv.get<Head>(key);
      const currentVersion = head?.current ? head.version : 0;
      if (currentVersion !== baseVersion) throw new TemplateConflictError(currentVersion);
      // After a delete, numbering continues from the tombstone: an old claim never blocks a new save.
      const version = (head?.version ?? 0) + 1;
      // Only a claim someone else holds is a conflict; a storage failure propagates as itself.
      if (!(await kv.claim(claimKey(owner, template.id, version), accountId, { ttlDays: 1 }))) {
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
      await kv.set(versionKey(owner, template.id, version), stored);
      await kv.set(key, { version, current: stored, history } satisfies Head);
      await Promise.all(
        kept
          .slice(TEMPLATE_HISTORY_MAX - 1)
          .map((old) => kv.delete(versionKey(owner, template.id, old.version))),
      );
      return stored;
    },

    async listTemplateVersions(owner, templateId) {
      const head = await kv.get<Head>(headKey(owner, templateId));
      return head?.current ? head.history : [];
    },

    async getTemplateVersion(owner, templateId, version) {
      const head = await kv.get<Head>(headKey(owner, templateId));
      if (!head?.current || !head.history.some((info) => info.version === version)) return null;
      const stored = await kv.get<StoredTemplate>(versionKey(owner, templateId, version));
      return stored ? revive(stored) : null;
    },

    async deleteTemplate(owner, templateId, accountId, now = stamp()) {
      const key = headKey(owner, templateId);
      const head = await kv.get<Head>(key);
      if (!head?.current) return false;
      const tombstone: Head = {
        version: head.version,
        deleted: { at: now.toISOString(), by: accountId },
        current: null,
        history: [],
      };
      await kv.set(key, tombstone);
      await Promise.all(
        head.history.map((info) => kv.delete(versionKey(owner, templateId, info.version))),
      );
      return true;
    },

    async getDefaultTemplateId(projectId) {
      const record = await kv.get<DefaultRecord>(defaultKey(projectId));
      return record?.templateId ?? null;
    },

    async setDefaultTemplateId(projectId, templateId, accountId, now = stamp()) {
      await kv.set(defaultKey(projectId), {
        templateId,
        setBy: accountId,
        setAt: now.toISOString(),
      } satisfies DefaultRecord);
    },

    async clearDefaultTemplateId(projectId) {
      await kv.delete(defaultKey(projectId));
    },
  };
}
