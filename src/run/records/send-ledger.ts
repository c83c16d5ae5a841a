/**
 * The run's record of bulk creates it sent and has no answer for. A create is written here (and
 * saved) *before* it is sent, so whatever Jira made from it can later be proven the run's own by
 * Jira's creator and created time (`ownership.ts`), even when the answer never came or the
 * invocation died while waiting for it.
 *
 * An item of a send whose answer was lost waits: it is not sent again until Jira's index shows
 * what the send made or the index has had `horizonMs` to show it (`nextCheckAt`). Only past the
 * horizon is it sent again; a copy that shows up after that is proven by the first send and
 * removed (`execute-run.ts`).
 */
import type { IndexLagPolicy } from '../run-environment';
import type { SendRecord } from '../run';

/** Lost sends kept in a run record, at most (oldest settled ones are dropped first). */
const MAX_SENDS_KEPT = 200;

export class SendLedger {
  private sends: SendRecord[];

  constructor(
    previous: readonly SendRecord[],
    /** When the previous invocation last wrote the record: a send it left unanswered died then. */
    diedAt: number,
  ) {
    this.sends = previous.map((s) =>
      s.lostAt === undefined ? { ...s, lostAt: Math.max(s.at, diedAt) } : { ...s },
    );
  }

  all(): SendRecord[] {
    return this.sends.map((s) => ({ ...s, localIds: [...s.localIds] }));
  }

  /** Records a send about to go out; the caller saves the run before sending. */
  open(localIds: readonly string[], by: string, at: number): SendRecord {
    const send: SendRecord = { at, by, localIds: [...localIds] };
    this.sends.push(send);
    return send;
  }

  /** Jira answered: every item of it is created or failed, and the record says which. */
  answered(send: SendRecord): void {
    this.sends = this.sends.filter((s) => s !== send);
  }

  lost(send: SendRecord, at: number): void {
    send.lostAt = at;
    this.trim();
  }

  /** When the item's latest unsettled lost send lost its answer, if it waits for one. */
  waitingSince(localId: string): number | undefined {
    let since: number | undefined;
    for (const s of this.sends)
      if (s.lostAt !== undefined && s.settled !== true && s.localIds.includes(localId))
        since = Math.max(since ?? 0, s.lostAt);
    return since;
  }

  /** Marks settled every lost send none of whose items still waits (`waits` says which do). */
  settle(waits: (localId: string) => boolean): void {
    for (const s of this.sends)
      if (s.lostAt !== undefined && s.settled !== true && !s.localIds.some(waits)) s.settled = true;
  }

  /** The index had its horizon: these items are sent again. */
  giveUp(localIds: readonly string[]): void {
    const ids = new Set(localIds);
    for (const s of this.sends)
      if (s.lostAt !== undefined && s.localIds.some((id) => ids.has(id))) s.settled = true;
  }

  private trim(): void {
    while (this.sends.length > MAX_SENDS_KEPT) {
      const i = this.sends.findIndex((s) => s.settled === true);
      this.sends.splice(i === -1 ? 0 : i, 1);
    }
  }
}

/**
 * When to look for a lost send's issues next: at `lostAt`, then after `firstWaitMs`, and each wait
 * twice the one before, the last look exactly at the horizon. Undefined once the horizon is past.
 */
export function nextCheckAt(lostAt: number, now: number, lag: IndexLagPolicy): number | undefined {
  const horizon = lostAt + lag.horizonMs;
  if (now >= horizon) return undefined;
  let at = lostAt;
  for (let step = lag.firstWaitMs; at <= now; step *= 2) at += step;
  return Math.min(at, horizon);
}
