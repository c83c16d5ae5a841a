/**
 * Drafts in app storage, one per issue (`draft:<issueId>`), versioned for optimistic concurrency:
 * a save names the version it was based on, and a stale one is refused rather than overwriting
 * someone else's work.
 */
import { kvs } from '@forge/kvs';
import { migrateDraft, type Draft } from '../domain';

/** A save was based on a version that is no longer the latest: someone else saved first. */
export class DraftConflictError extends Error {
  override readonly name = 'DraftConflictError';
  constructor(readonly currentVersion: number) {
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

const draftKey = (issueId: string) => `draft:${issueId}`;
/** Claimed with FAIL_IF_EXISTS so two saves based on one version cannot both win. */
const versionClaimKey = (issueId: string, version: number) => `draft-version:${issueId}:${version}`;

export async function getDraft(issueId: string): Promise<StoredDraft | null> {
  const record = await kvs.get<StoredRecord>(draftKey(issueId));
  if (!record) return null;
  return { ...record, draft: migrateDraft(record.draft) };
}

/** When the issue's draft was last saved, or null when it never was. */
export async function draftSavedAt(issueId: string): Promise<string | null> {
  const record = await kvs.get<StoredRecord>(draftKey(issueId));
  return record?.savedAt ?? null;
}

export async function saveDraft(
  issueId: string,
  draft: Draft,
  baseVersion: number,
  accountId: string,
  now: Date = new Date(),
): Promise<StoredDraft> {
  const current = await kvs.get<StoredRecord>(draftKey(issueId));
  const currentVersion = current?.version ?? 0;
  if (currentVersion !== baseVersion) throw new DraftConflictError(currentVersion);
  const version = baseVersion + 1;
  try {
    await kvs.set(versionClaimKey(issueId, version), accountId, {
      keyPolicy: 'FAIL_IF_EXISTS',
      ttl: { value: 1, unit: 'DAYS' },
    });
  } catch {
    throw new DraftConflictError(version);
  }
  const stored: StoredDraft = { version, savedAt: now.toISOString(), savedBy: accountId, draft };
  await kvs.set(draftKey(issueId), stored);
  return stored;
}
