/**
 * Inline or queued: whether a run can finish safely inside the resolver that starts it.
 *
 * A Forge resolver is stopped after 25 s. The estimate is the schedule's round trips on the
 * critical path times the round-trip time just measured on this site (the preparation
 * lookups), plus Jira's own work per created issue — a bulk create of 50 takes seconds on a
 * busy site, far longer than a lookup. A run goes inline only when that estimate, doubled for
 * variance and a possible `Retry-After`, stays under a third of the limit, and the plan is
 * small enough that a slow site cannot turn it into a timeout; everything else goes to the
 * queue, whose consumer has 900 s. An inline run that still runs late hands its remainder to
 * the queue (see `execute-run.ts`), so the estimate errs only towards waiting a little longer.
 */

export const RESOLVER_LIMIT_MS = 25_000;
/** Plans above this many issues always go to the queue. */
export const INLINE_MAX_ITEMS = 150;
/** Jira's server time per issue in a bulk create, from Jira Cloud experience (not the network). */
export const SERVER_MS_PER_ISSUE = 40;

export interface ModeInput {
  /** Issues still to create. */
  itemsToCreate: number;
  /** Round trips on the critical path of the schedule. */
  rounds: number;
  /** Measured round-trip time of the preparation lookups. */
  latencyMs: number;
  concurrency: number;
}

export function estimateRunMs(input: ModeInput): number {
  return (
    input.rounds * input.latencyMs +
    (input.itemsToCreate * SERVER_MS_PER_ISSUE) / Math.max(1, input.concurrency)
  );
}

export function chooseRunMode(input: ModeInput): { mode: 'inline' | 'queued'; estimateMs: number } {
  const estimateMs = estimateRunMs(input);
  const inline = input.itemsToCreate <= INLINE_MAX_ITEMS && estimateMs * 2 <= RESOLVER_LIMIT_MS / 3;
  return { mode: inline ? 'inline' : 'queued', estimateMs: Math.round(estimateMs) };
}
