/**
 * The two kinds of request a run sends once prepared: a bulk create of one chunk, and a link
 * post. Both record what happened in the run's outcomes and never throw for an answer Jira gives
 * about one item; they signal the dispatcher (`dispatch-signals.ts`) only when the whole run must
 * stop or move to the queue.
 */
import type { Plan, PlanItem, PlanLinkEnd } from '../domain/plan';
import { createPayload, type PayloadContext } from './create-payload';
import { FatalJiraError, HandOff } from './dispatch-signals';
import type { JiraClient } from './jira-client';
import { JiraError, JiraHttpError } from './jira-errors';
import { issueLinkRequest } from './link-folding';
import { findPlanIssues } from './reconcile';
import { mayHaveBeenApplied } from './retry-timing';
import type { RunOutcomes } from './run-outcomes';
import type { Chunk, FoldedLink, PostedLink } from './schedule-plan';

export interface TaskContext {
  plan: Plan;
  outcomes: RunOutcomes;
  jira: JiraClient;
  payload: PayloadContext;
  foldsByCarrier: ReadonlyMap<string, readonly FoldedLink[]>;
}

/**
 * Creates the items of `chunk` that are still missing. A failure whose effect is unknown is
 * retried only after Jira has said which items exist — and only for the others.
 */
export async function createChunk(chunk: Chunk, task: TaskContext): Promise<void> {
  const { outcomes, jira } = task;
  let members = chunk.localIds
    .map((id) => outcomes.planItem(id))
    .filter((item) => !exists(outcomes, item) && !outcomes.blockIfParentMissing(item));

  for (let attempt = 1; members.length > 0; attempt++) {
    const foldsOf = new Map(members.map((m) => [m.localId, usableFolds(m, task)]));
    const payloads = members.map((m) =>
      createPayload(m, foldsOf.get(m.localId) ?? [], task.payload),
    );
    try {
      const results = await jira.bulkCreateIssues(payloads);
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
        for (const m of members) outcomes.failed(m.localId, error.jiraMessage);
        throw new FatalJiraError(
          error.status === 403 ? 'NO_CREATE_PERMISSION' : 'JIRA_ERROR',
          `Jira refused to create issues: ${error.jiraMessage}`,
        );
      }
      const decision = jira.requester.decide(error, attempt);
      if (!decision.retry && (decision.reason === 'server-delay-too-long' || isTransient(error))) {
        // Not enough time (or patience) left here: the items stay pending and the queue
        // resumes them after reconciling.
        throw new HandOff(decision.delayMs ?? 0);
      }
      if (decision.retry) await jira.requester.sleep(decision.delayMs);
      if (decision.retry || mayHaveBeenApplied(failureOf(error))) {
        const before = members;
        members = await stillMissing(task, members);
        for (const m of before)
          if (!members.includes(m)) linksRodeAlong(outcomes, foldsOf.get(m.localId));
      }
      if (!decision.retry) {
        for (const m of members) outcomes.failed(m.localId, messageOf(error));
        return;
      }
    }
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
    if (isTransient(error)) throw new HandOff(0);
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

/** Asks Jira which of `members` exist now, records them, and returns the ones still to create. */
async function stillMissing(
  { jira, plan, outcomes }: TaskContext,
  members: PlanItem[],
): Promise<PlanItem[]> {
  outcomes.absorb(await findPlanIssues(jira, plan.planId));
  return members.filter((m) => !exists(outcomes, m));
}

function failureOf(error: JiraError) {
  return error instanceof JiraHttpError
    ? { kind: 'http' as const, status: error.status }
    : { kind: 'network' as const };
}

function isTransient(error: JiraError): boolean {
  return !(error instanceof JiraHttpError) || error.status === 429 || error.status >= 500;
}

function messageOf(error: JiraError): string {
  return error instanceof JiraHttpError ? error.jiraMessage : error.message;
}

function describeEnd(end: PlanLinkEnd): string {
  return end.kind === 'existing' ? end.key : `"${end.localId}"`;
}
