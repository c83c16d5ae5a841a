/**
 * A run: one attempt to create a plan in Jira, as the UI polls it. Stored in KVS by
 * `src/storage/run-store.ts`; written by the executor as it goes.
 */

import type { RunAction, RunStatus } from '../domain/run/run-lifecycle';

/** The lifecycle (statuses, what is final, what a person may do) is the domain's: one rule. */
export type { RunAction, RunStatus };
export { TERMINAL_STATUSES } from '../domain/run/run-lifecycle';

export type ItemOutcome =
  | { localId: string; outcome: 'pending' }
  | { localId: string; outcome: 'created'; key: string; id: string }
  /** Found in Jira before this run created it (an earlier run of the same plan did). */
  | { localId: string; outcome: 'existed'; key: string; id: string }
  | { localId: string; outcome: 'failed'; reason: string }
  /** Not attempted because the item it hangs under was not created. */
  | { localId: string; outcome: 'blocked'; blockedBy: string; reason: string }
  /** Deleted again by undo. */
  | { localId: string; outcome: 'deleted'; key: string };

export type LinkOutcome =
  | { index: number; outcome: 'pending' }
  | { index: number; outcome: 'created'; via: 'create-request' | 'issue-link' }
  | { index: number; outcome: 'existed' }
  | { index: number; outcome: 'failed'; reason: string }
  | { index: number; outcome: 'blocked'; reason: string };

export interface RunCounts {
  total: number;
  pending: number;
  created: number;
  existed: number;
  failed: number;
  blocked: number;
  deleted: number;
}

export interface LinkCounts {
  total: number;
  pending: number;
  created: number;
  existed: number;
  failed: number;
  blocked: number;
}

export interface RunTimings {
  /** Lookups and reconciliation before the first create. */
  preparationMs?: number;
  createMs?: number;
  linkMs?: number;
  totalMs?: number;
}

export interface RunError {
  code: string;
  message: string;
}

/** A bulk create as recorded just before it was sent. */
export interface SendRecord {
  /** When it was sent (epoch ms, the app's clock). */
  at: number;
  /** Who sent it: an account id, or `app` for the app's own account (the queue consumer). */
  by: string;
  localIds: string[];
  /** When its answer was found lost (or the invocation sending it died). */
  lostAt?: number;
  /** No item of it waits any more: each was found, failed, or waited out the horizon. */
  settled?: boolean;
}

/** A duplicate this run made (a lost answer, a lagging index) and what became of it. */
export interface CleanupRecord {
  localId: string;
  key: string;
  outcome: 'deleted' | 'not-deleted';
  reason?: string;
}

/** An issue carrying the app's property that is not one of this plan's own: left alone. */
export interface ForeignIssueRecord {
  key: string;
  reason: string;
}

export interface UndoReport {
  at: number;
  accountId: string;
  deleted: string[];
  notDeleted: { localId: string; key: string; reason: string }[];
}

/** The step a run is at, as the UI words it. */
export type RunPhase = 'preparing' | 'creating' | 'waiting-for-index' | 'checking-copies';

export interface RunHeader {
  runId: string;
  planId: string;
  projectId: string;
  templateVersion: number;
  /** Who started the run; creates happen as this user. */
  accountId: string;
  mode: 'inline' | 'queued';
  status: RunStatus;
  /** The step it is at while queued or running. */
  phase?: RunPhase;
  createdAt: number;
  updatedAt: number;
  startedAt?: number;
  finishedAt?: number;
  counts: RunCounts;
  links: LinkCounts;
  timings: RunTimings;
  /** Requests sent to Jira by this run, per operation id (attempts, retries included). */
  requests: Record<string, number>;
  /** How the run chose to create: link strategy, chunks and simulated round trips. */
  schedule?: { strategy: 'fold' | 'post'; chunks: number; linkPosts: number; rounds: number };
  error?: RunError;
  undo?: UndoReport;
  /**
   * Bulk creates recorded before they were sent whose answer is not known: in flight, or lost
   * (`lostAt`). Their items are not sent again until Jira shows what they made or the index has
   * had its horizon (`IndexLagPolicy.horizonMs`), and an issue Jira shows for one counts as the
   * run's own only when Jira's creator and created time match it (`ownership.ts`).
   */
  sends?: SendRecord[];
  /** The plan's run before this one: what it made is read consistently when this one starts. */
  previousRunId?: string;
  /** Duplicates found and removed (or not) before the run reported its end. */
  cleanup?: CleanupRecord[];
  /** "Foreign issue ignored": issues carrying the property that reconciliation did not accept. */
  foreign?: ForeignIssueRecord[];
  /** How many times it was (re)started: 1 for a fresh run. */
  attempts: number;
  /** Hand-offs because Jira kept failing (not waits for its index); the run fails after a few. */
  stalls?: number;
}

export interface Run extends RunHeader {
  items: ItemOutcome[];
  linkOutcomes: LinkOutcome[];
}

/** A run as the UI gets it: with the actions the caller may take now. */
export interface RunView extends Run {
  actions: RunAction[];
  /** True while an invocation or the queue holds the run (its lease is live). */
  underWay: boolean;
  /**
   * Why the caller has no Undo for a finished run that created issues (the permission it needs,
   * or whose run it is); absent when they have it, or when nothing could be undone anyway.
   */
  undoUnavailable?: string;
}

export function countItems(items: readonly ItemOutcome[]): RunCounts {
  const counts: RunCounts = {
    total: items.length,
    pending: 0,
    created: 0,
    existed: 0,
    failed: 0,
    blocked: 0,
    deleted: 0,
  };
  for (const i of items) counts[i.outcome]++;
  return counts;
}

export function countLinks(links: readonly LinkOutcome[]): LinkCounts {
  const counts: LinkCounts = {
    total: links.length,
    pending: 0,
    created: 0,
    existed: 0,
    failed: 0,
    blocked: 0,
  };
  for (const l of links) counts[l.outcome]++;
  return counts;
}

/** What a run of a plan would send to Jira (the preview shows it). */
export interface RunRequestEstimate {
  /** `POST /issue/bulk` calls for the issues still missing. */
  bulkCreates: number;
  /** `POST /issueLink` calls for links that cannot ride inside a create request. */
  linkPosts: number;
  /** Links carried inside create requests (no request of their own). */
  foldedLinks: number;
  /** Whether every link type end's create screen offers `issuelinks`. */
  linksOnCreateScreen: boolean;
}
