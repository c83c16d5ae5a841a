/**
 * Drafts in app storage, one per issue (`draft:<issueId>`), versioned for optimistic concurrency:
 * a save names the version it was based on, and a stale one is refused rather than overwriting
 * someone else's work.
 */
import { migrateDraft, type Draft } from '../domain';
import type { KeyValueStore } from './run-kvs';

/** Who made the save that a stale one lost to, and when (null where nothing records it). */
export interface DraftSaver {
  currentVersion: number;
  savedBy: string | null;
  savedAt: string | null;
}

/** A save was based on a version that is no longer the latest: someone else saved first. */
export class DraftConflictError extends Error {
  override readonly name = 'DraftConflictError';
  constructor(readonly saver: DraftSaver) {
    super(
      'Someone else saved this breakdown after you opened it. Reload to see their changes; your edits are still on screen.',
    );
  }
}

export interface StoredDraft {
  version: number;
  savedAt: string;
  savedBy: string;
  draft: Draft;
}

interface StoredRecord {
  version: number;
  savedAt: string;
  savedBy: string;
  draft: unknown;
}

/** What a version claim holds: who claimed it and when (older claims hold the account id alone). */
type ClaimRecord = { savedBy: string; savedAt: string } | string;

const draftKey = (issueId: string) => `draft:${issueId}`;
/** Claimed with FAIL_IF_EXISTS so two saves based on one version cannot both win. */
const versionClaimKey = (issueId: string, version: number) => `draft-version:${issueId}:${version}`;

export interface DraftStore {
  getDraft(issueId: string): Promise<StoredDraft | null>;
  /** When the issue's draft was last saved, or null when it never was. */
  draftSavedAt(issueId: string): Promise<string | null>;
  /**
   * Saves `draft` as the next version when `baseVersion` is still the latest; a stale save is
   * refused with `DraftConflictError`. A storage failure is thrown as it is, never as a conflict.
   */
  saveDraft(
    issueId: string,
    draft: Draft,
    baseVersion: number,
    accountId: string,
    now?: Date,
  ): Promise<StoredDraft>;
}

/** The drafts in `kv`; saves are stamped by `clock` unless a time is given. */
export function createDraftStore(kv: KeyValueStore, clock: () => number): DraftStore {
  /**
   * Who saved `version`: the stored draft when it is at least that far, else the claim (the
   * winner of a race may not have written the draft yet), so a conflict can say who and when.
   */
  async function saverOf(issueId: string, version: number): Promise<DraftSaver> {
    const current = await kv.get<StoredRecord>(draftKey(issueId));
    if (current && current.version >= version) {
      return {
        currentVersion: current.version,
        savedBy: current.savedBy,
        savedAt: current.savedAt,
      };
    }
    const claim = await kv.get<ClaimRecord>(versionClaimKey(issueId, version));
    if (claim && typeof claim === 'object') return { currentVersion: version, ...claim };
    return {
      currentVersion: version,
      savedBy: typeof claim === 'string' ? claim : null,
      savedAt: null,
    };
  }

  return {
    async getDraft(issueId) {
      const record = await kv.get<StoredRecord>(draftKey(issueId));
      if (!record) return null;
      return { ...record, draft: migrateDraft(record.draft) };
    },

    async draftSavedAt(issueId) {
      const record = await kv.get<StoredRecord>(draftKey(issueId));
      return record?.savedAt ?? null;
    },

    async saveDraft(issueId, draft, baseVersion, accountId, now = new Date(clock())) {
      const current = await kv.get<StoredRecord>(draftKey(issueId));
      const currentVersion = current?.version ?? 0;
      if (currentVersion !== baseVersion) {
        throw new DraftConflictError({
          currentVersion,
          savedBy: current?.savedBy ?? null,
          savedAt: current?.savedAt ?? null,
        });
      }
      const version = baseVersion + 1;
      const savedAt = now.toISOString();
      const claim: ClaimRecord = { savedBy: accountId, savedAt };
      // Only a claim someone else holds is a conflict; a storage failure propagates as itself.
      if (!(await kv.claim(versionClaimKey(issueId, version), claim, { ttlDays: 1 }))) {
        throw new DraftConflictError(await saverOf(issueId, version));
      }
      const stored: StoredDraft = { version, savedAt, savedBy: accountId, draft };
      await kv.set(draftKey(issueId), stored);
      return stored;
    },
  };
}
