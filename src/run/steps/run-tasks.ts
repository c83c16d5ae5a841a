/**
 * The two kinds of request a run sends once prepared: a bulk create of one chunk, and a link
 * post. Both record what happened in the run's outcomes and never throw for an answer Jira gives
 * about one item; they signal the dispatcher (`dispatch-signals.ts`) only when the whole run must
 * stop or move to the queue.
 */
import type { Plan, PlanItem, PlanLinkEnd } from '../../domain/plan';
import type { JiraClient } from '../../jira/jira-client';
import { JiraError, JiraHttpError } from '../../jira/jira-errors';
import { failureOf } from '../../jira/jira-request';
import {
  isTransientStatus,
  mayHaveBeenApplied,
  type AttemptFailure,
} from '../../jira/retry-timing';
import { createPayload, type PayloadContext } from '../decide/create-payload';
import { FatalJiraError, HandOff } from './dispatch-signals';
import { issueLinkRequest } from '../decide/link-folding';
import type { IndexLagPolicy } from '../run-environment';
import type { RunOutcomes } from '../decide/run-outcomes';
import { nextCheckAt, type SendLedger } from '../records/send-ledger';
import type { Chunk, FoldedLink, PostedLink } from '../decide/schedule-plan';

/** What the run learned about creates whose answer never arrived. */
export interface Uncertainty {
  /** Whether anything was sent again past the index horizon (a copy is then possible). */
  recreated: boolean;
}

export interface TaskContext {
  plan: Plan;
  outcomes: RunOutcomes;
  jira: JiraClient;
  payload: PayloadContext;
  foldsByCarrier: ReadonlyMap<string, readonly FoldedLink[]>;
  /** Asks Jira which of these items of the plan exist now and records them in `outcomes`. */
  discover: (localIds: readonly string[]) => Promise<void>;
  lag: IndexLagPolicy;
  uncertainty: Uncertainty;
  /** Creates recorded before they are sent (`send-ledger.ts`). */
  sends: SendLedger;
  /** Who sends the creates, as the ledger records it: an account id, or `app`. */
  sender: string;
  /** Saves the run record; a send is saved before it goes out. */
  save: () => Promise<void>;
}

/** Time kept free before the deadline when deciding whether another index wait fits. */
const WAIT_MARGIN_MS = 2_000;

/**
 * Creates the items of `chunk` that are still missing. A create whose answer was lost (the
 * connection dropped, a gateway 5xx, the invocation died) may have happened: its items wait for
 * Jira's search index to show them (`settle`), and are created again only once the index has had
 * the lag policy's horizon to do so.
 */
export async function createChunk(chunk: Chunk, task: TaskContext): Promise<void> {
  const { outcomes, jira } = task;
  const missing = () =>
    chunk.localIds
      .map((id) => outcomes.planItem(id))
      .filter((item) => !exists(outcomes, item) && !outcomes.blockIfParentMissing(item));

  // Items an earlier send may have made wait for the index before anything is sent for them.
  const held = missing().filter((m) => task.sends.waitingSince(m.localId) !== undefined);
  if (held.length > 0) await settle(task, held);
  let members = missing();

  for (let attempt = 1; members.length > 0; attempt++) {
    const foldsOf = new Map(members.map((m) => [m.localId, usableFolds(m, task)]));
    const payloads = members.map((m) =>
      createPayload(m, foldsOf.get(m.localId) ?? [], task.payload),
    );
    const send = task.sends.open(
      members.map((m) => m.localId),
      task.sender,
      jira.requester.now(),
    );
    await task.save();
    try {
      const results = await jira.bulkCreateIssues(payloads);
      task.sends.answered(send);
      results.forEach((result, i) => {
        const item = members[i];
        if (!item) return;
        if (result.ok) {
          outcomes.created(item.localId, result.key, result.id);
          linksRodeAlong(outcomes, foldsOf.get(item.localId));
        } else {
          outcomes.failed(item.localId, result.message);
          for (const f of foldsOf.get(item.localId) ?? []) {
            outcomes.setLink({
              index: f.linkIndex,
              outcome: 'blocked',
              reason: `Not attempted: "${item.localId}" was not created`,
            });
          }
        }
      });
      return;
    } catch (error) {
      if (!(error instanceof JiraError)) throw error;
      if (error instanceof JiraHttpError && (error.status === 401 || error.status === 403)) {
        task.sends.answered(send);
        for (const m of members) outcomes.failed(m.localId, error.jiraMessage);
        throw new FatalJiraError(
          error.status === 403 ? 'NO_CREATE_PERMISSION' : 'JIRA_ERROR',
          `Jira refused to create issues: ${error.jiraMessage}`,
        );
      }
      const failure = failureOf(error);
      const decision = jira.requester.decide(error, attempt);
      if (mayHaveBeenApplied(failure)) {
        task.sends.lost(send, jira.requester.now());
        const before = members;
        members = await settle(task, members);
        for (const m of before)
          if (!members.includes(m)) linksRodeAlong(outcomes, foldsOf.get(m.localId));
        if (members.length === 0) return;
        // Past the horizon: what is sent now may make a copy of something the index never showed.
        task.uncertainty.recreated = true;
      } else task.sends.answered(send);
      if (!decision.retry) {
        // Out of attempts or of time while Jira is unavailable: the items stay pending and
        // the queue continues after reconciling. A refusal no retry changes fails them.
        if (isRetryable(failure)) throw new HandOff(decision.delayMs ?? 0);
        for (const m of members) outcomes.failed(m.localId, messageOf(error));
        return;
      }
      await jira.requester.sleep(decision.delayMs);
    }
  }
}

/**
 * Looks for `members` in Jira until they all appear or their lost send's horizon has passed
 * (`nextCheckAt`), and returns those still missing then: only they may be sent again. When the
 * next look does not fit in this invocation, hands the run to the queue to look again then — the
 * items wait, they are never sent again for want of time.
 */
async function settle(task: TaskContext, members: PlanItem[]): Promise<PlanItem[]> {
  const { lag, jira, outcomes } = task;
  let missing = members;
  for (;;) {
    try {
      await task.discover(missing.map((m) => m.localId));
    } catch (error) {
      // Jira kept refusing the search: the items stay pending and the continuation settles them.
      if (error instanceof JiraError && isRetryable(failureOf(error))) throw new HandOff(0);
      throw error;
    }
    missing = missing.filter((m) => !exists(outcomes, m));
    task.sends.settle((localId) => {
      const o = outcomes.item(localId)?.outcome;
      return o === 'pending' || o === undefined;
    });
    if (missing.length === 0) return missing;
    const now = jira.requester.now();
    const since = Math.max(...missing.map((m) => task.sends.waitingSince(m.localId) ?? now));
    const next = nextCheckAt(since, now, lag);
    if (next === undefined) {
      task.sends.giveUp(missing.map((m) => m.localId));
      return missing;
    }
    const wait = next - now;
    if (jira.requester.remainingMs() < wait + WAIT_MARGIN_MS) throw new HandOff(wait, 'index');
    await jira.requester.sleep(wait);
  }
}

/** Posts one link once both ends exist. Transient failures were retried by the client already. */
export async function postLink(post: PostedLink, task: TaskContext): Promise<void> {
  const { plan, outcomes, jira } = task;
  const index = post.linkIndex;
  const link = plan.links[index];
  if (!link || outcomes.isLinkDone(index)) return;
  const from = outcomes.endKey(link.from);
  const to = outcomes.endKey(link.to);
  if (from === undefined || to === undefined) {
    const missing = from === undefined ? link.from : link.to;
    outcomes.setLink({
      index,
      outcome: 'blocked',
      reason: `Not attempted: ${describeEnd(missing)} was not created`,
    });
    return;
  }
  try {
    await jira.createIssueLink(issueLinkRequest(task.payload.linkTypeOf(link.type), from, to));
    outcomes.setLink({ index, outcome: 'created', via: 'issue-link' });
  } catch (error) {
    if (!(error instanceof JiraError)) throw error;
    if (isRetryable(failureOf(error))) throw new HandOff(0);
    outcomes.setLink({ index, outcome: 'failed', reason: messageOf(error) });
  }
}

function exists(outcomes: RunOutcomes, item: PlanItem): boolean {
  const o = outcomes.item(item.localId)?.outcome;
  return o === 'created' || o === 'existed';
}

/** The folds of `item` whose partner exists now; the others cannot happen and are reported. */
function usableFolds(item: PlanItem, { outcomes, foldsByCarrier }: TaskContext): FoldedLink[] {
  const usable: FoldedLink[] = [];
  for (const fold of foldsByCarrier.get(item.localId) ?? []) {
    if (outcomes.isLinkDone(fold.linkIndex)) continue;
    if (outcomes.endKey(fold.partner) !== undefined) usable.push(fold);
    else {
      outcomes.setLink({
        index: fold.linkIndex,
        outcome: 'blocked',
        reason: `Not attempted: ${describeEnd(fold.partner)} was not created`,
      });
    }
  }
  return usable;
}

/** An issue created with folded links was created with those links. */
function linksRodeAlong(outcomes: RunOutcomes, folds: readonly FoldedLink[] | undefined): void {
  for (const f of folds ?? [])
    outcomes.setLink({ index: f.linkIndex, outcome: 'created', via: 'create-request' });
}

/** The one rule for "try again later" (`retry-timing.ts`): lost connections and transient statuses. */
function isRetryable(failure: AttemptFailure): boolean {
  return failure.kind === 'network' || isTransientStatus(failure.status);
}

function messageOf(error: JiraError): string {
  return error instanceof JiraHttpError ? error.jiraMessage : error.message;
}

function describeEnd(end: PlanLinkEnd): string {
  return end.kind === 'existing' ? end.key : `"${end.localId}"`;
}
