/**
 * A run: one attempt to create a plan in Jira, as the UI polls it. Stored in KVS by
 * `src/storage/run-store.ts`; written by the executor as it goes. Its shape is the contract's
 * (`src/contract-run.ts`): the types are re-exported here for the run stage's own callers.
 */
import type { ItemOutcome, LinkCounts, LinkOutcome, RunCounts } from '../contract-run';

export {
  TERMINAL_STATUSES,
  type CleanupRecord,
  type ForeignIssueRecord,
  type ItemOutcome,
  type LinkCounts,
  type LinkOutcome,
  type Run,
  type RunAction,
  type RunCounts,
  type RunError,
  type RunHeader,
  type RunPhase,
  type RunRequestEstimate,
  type RunStatus,
  type RunTimings,
  type RunView,
  type SendRecord,
  type UndoReport,
} from '../contract-run';

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
