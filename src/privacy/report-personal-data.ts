/**
 * The weekly personal data report (manifest `scheduledTrigger` `personal-data-report`): tells
 * Atlassian every account the app keeps an id of, in pages of the API's limit, then does what
 * the answers ask (*User privacy guide for app developers*,
 * developer.atlassian.com/platform/forge/user-privacy-guidelines/):
 *
 * - `closed`: the account's id is erased everywhere the app keeps it (drafts, their version
 *   claims, templates and their versions, project defaults, runs, plan claims, run origins,
 *   action execution answers): replaced by a pseudonym, so the records still load and show
 *   "A former user" (`withoutAccounts`); its ledger entry is deleted.
 * - `updated`: the profile changed after the `updatedAt` reported. The app keeps no profile data
 *   (names are fetched from Jira whenever shown), so there is nothing stale to replace; the
 *   refresh is recorded (the ledger's `updatedAt` becomes now), so the next report says so.
 *
 * The ledger (`privacy-account:<hash>` → `{ accountId, updatedAt }`) remembers when the app last
 * refreshed what it keeps about each account; an account seen for the first time is reported as
 * refreshed now. Safe to repeat: a second run with the same answers changes nothing more.
 */
import { createHash } from 'node:crypto';
import {
  accountIdsIn,
  pagesOf,
  REPORT_LIMIT,
  withoutAccounts,
} from '../domain/privacy/personal-data';
import type { AppStorageEntries } from '../storage/app-storage-entries';

export interface ReportedAccount {
  accountId: string;
  /** ISO 8601: when the app last refreshed what it keeps about the account. */
  updatedAt: string;
}

export interface AccountAnswer {
  accountId: string;
  status: 'closed' | 'updated';
}

/** One call of the reporting API with at most `REPORT_LIMIT` accounts (`privacy.reportPersonalData`). */
export type ReportAccounts = (accounts: ReportedAccount[]) => Promise<AccountAnswer[]>;

export interface PersonalDataReportDeps {
  storage: AppStorageEntries;
  report: ReportAccounts;
  now: () => number;
  /**
   * Milliseconds the invocation has left (undefined outside one). The erasure stops a page before
   * Forge would stop the function; the rest follows next week, when Atlassian answers `closed`
   * again for every account the app still keeps.
   */
  remainingMs?: () => number | undefined;
}

/** Time kept in hand for a page of rewrites and the answer. */
export const STOP_MARGIN_MS = 10_000;

export interface PersonalDataReportSummary {
  reported: number;
  calls: number;
  closed: number;
  updated: number;
  /** Stored entries rewritten or deleted to erase closed accounts. */
  erased: number;
  /** The erasure ran out of time; the next report continues it. */
  unfinished: boolean;
}

interface LedgerEntry {
  accountId: string;
  updatedAt: string;
}

const LEDGER_PREFIX = 'privacy-account:';
/** A hash, not the id: KVS keys allow fewer characters than account ids may hold. */
const ledgerKey = (accountId: string) =>
  `${LEDGER_PREFIX}${createHash('sha256').update(accountId).digest('hex').slice(0, 32)}`;

const isLedgerEntry = (key: string, value: unknown): value is LedgerEntry =>
  key.startsWith(LEDGER_PREFIX) &&
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LedgerEntry).accountId === 'string' &&
  typeof (value as LedgerEntry).updatedAt === 'string';

/** Every account the app keeps, with when it last refreshed what it keeps about it. */
async function storedAccounts(storage: AppStorageEntries): Promise<{
  accounts: Set<string>;
  refreshed: Map<string, string>;
}> {
  const accounts = new Set<string>();
  const refreshed = new Map<string, string>();
  for await (const page of storage.pages()) {
    for (const { key, value } of page) {
      if (isLedgerEntry(key, value)) refreshed.set(value.accountId, value.updatedAt);
      else for (const id of accountIdsIn(key, value)) accounts.add(id);
    }
  }
  return { accounts, refreshed };
}

/** Rewrites every entry naming a closed account; deletes their ledger entries. */
async function eraseAccounts(
  storage: AppStorageEntries,
  closed: ReadonlySet<string>,
  outOfTime: () => boolean,
): Promise<{ erased: number; unfinished: boolean }> {
  let erased = 0;
  for await (const page of storage.pages()) {
    if (outOfTime()) return { erased, unfinished: true };
    for (const { key, value } of page) {
      if (isLedgerEntry(key, value)) {
        if (closed.has(value.accountId)) {
          await storage.delete(key);
          erased++;
        }
        continue;
      }
      if (!withoutAccounts(value, closed).changed) continue;
      // Read again just before writing, so a save made since the page was read is kept.
      const current = await storage.get(key);
      const rewritten = withoutAccounts(current, closed);
      if (!rewritten.changed) continue;
      await storage.set(key, rewritten.value);
      erased++;
    }
  }
  return { erased, unfinished: false };
}

export async function reportPersonalData(
  deps: PersonalDataReportDeps,
): Promise<PersonalDataReportSummary> {
  const { storage, report, now } = deps;
  const nowIso = new Date(now()).toISOString();
  const { accounts, refreshed } = await storedAccounts(storage);
  // An account no record names any more is forgotten: its ledger entry goes too.
  for (const id of refreshed.keys()) {
    if (!accounts.has(id)) await storage.delete(ledgerKey(id));
  }
  const ids = [...accounts].sort();
  for (const id of ids) {
    if (refreshed.has(id)) continue;
    await storage.set(ledgerKey(id), { accountId: id, updatedAt: nowIso } satisfies LedgerEntry);
    refreshed.set(id, nowIso);
  }

  const closed = new Set<string>();
  const updated = new Set<string>();
  const pages = pagesOf(
    ids.map((accountId) => ({ accountId, updatedAt: refreshed.get(accountId) ?? nowIso })),
    REPORT_LIMIT,
  );
  for (const page of pages) {
    for (const answer of await report(page)) {
      if (!accounts.has(answer.accountId)) continue;
      (answer.status === 'closed' ? closed : updated).add(answer.accountId);
    }
  }

  for (const id of updated) {
    if (closed.has(id)) continue;
    await storage.set(ledgerKey(id), { accountId: id, updatedAt: nowIso } satisfies LedgerEntry);
  }
  const outOfTime = () => {
    const left = deps.remainingMs?.();
    return left !== undefined && left < STOP_MARGIN_MS;
  };
  const erasure =
    closed.size > 0
      ? await eraseAccounts(storage, closed, outOfTime)
      : { erased: 0, unfinished: false };
  return {
    reported: ids.length,
    calls: pages.length,
    closed: closed.size,
    updated: [...updated].filter((id) => !closed.has(id)).length,
    ...erasure,
  };
}

/**
 * A scheduled trigger's answer, in the web trigger response format Forge expects (anything else
 * is recorded as 424 Failed dependency: Forge's *Scheduled trigger events* reference). The body
 * says what the report did, for the function's log; a failure throws and shows as an error.
 */
export interface TriggerResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

/** The `scheduledTrigger` handler: one report per call. */
export function createPersonalDataReport(
  deps: PersonalDataReportDeps,
): () => Promise<TriggerResponse> {
  return async () => ({
    statusCode: 200,
    headers: { 'Content-Type': ['application/json'] },
    body: JSON.stringify(await reportPersonalData(deps)),
  });
}
