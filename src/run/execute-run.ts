/**
 * Runs a stored run to its end under a claim on its plan: prepare (one parallel round of lookups
 * and reconciliation), schedule, then dispatch bulk creates and link posts under the concurrency
 * bound, recording progress in KVS after every answer. Used by both paths: inline from
 * `startRun`/`resumeRun` and queued from the run consumer.
 *
 * Exactly once: every create carries the plan property and is recorded (`sends`) before it is
 * sent; a create whose outcome is unknown (lost connection, gateway 5xx, a dead invocation) keeps
 * its items waiting for Jira's index, in the queue if need be, and only past the index horizon are
 * they sent again (`run-tasks.ts`). What counts as the plan's own is proven (`ownership.ts`), so
 * a copy a lost send made is recognised, and deleted, by whichever run of the plan finds it.
 */
import type { Plan } from '../domain/plan';
import type { JiraClient } from '../jira/jira-client';
import { JiraError, JiraHttpError } from '../jira/jira-errors';
import type { Actor } from '../jira/jira-transport';
import type { PayloadContext } from './create-payload';
import { dispatchSchedule } from './dispatch-schedule';
import { ExecutorError } from './executor-errors';
import { linkPairKey } from './link-folding';
import type { PlanClaim } from './plan-claim';
import { prepareRun, type Preparation } from './prepare-run';
import {
  findPlanIssues,
  type ExistingPlanIssue,
  type PlanIssues,
  type ProofRecord,
} from './reconcile';
import { invocationDeadline, jiraClientFor, type RunEnvironment } from './run-environment';
import { earlierRunIds } from './known-issues';
import { RunOutcomes } from './run-outcomes';
import type { RunStore } from './run-store';
import type { Uncertainty } from './run-tasks';
import {
  TERMINAL_STATUSES,
  type CleanupRecord,
  type ForeignIssueRecord,
  type Run,
  type RunHeader,
} from './run';
import { schedulePlan } from './schedule-plan';
import { SendLedger } from './send-ledger';

/** A run handed to the queue this many times while Jira stays unavailable fails instead. */
const MAX_HANDOFFS = 8;
/** Foreign issues listed in a run record, at most. */
const MAX_FOREIGN_LISTED = 20;

/** What an invocation that executes a run holds. */
export interface ExecutionSeed {
  run: Run;
  plan: Plan;
  store: RunStore;
  jira: JiraClient;
  requests: Record<string, number>;
  claim: PlanClaim;
  prepared?: Preparation;
}

/**
 * The queue consumer's entry: continues run `runId` as the app if the queue's hand-off is still
 * its to take (exactly one consumer can), and returns the run as recorded at the end.
 */
export async function continueQueuedRun(env: RunEnvironment, runId: string): Promise<Run> {
  const store = env.runs;
  const [run, plan] = await Promise.all([store.load(runId), store.loadPlan(runId)]);
  if (!run || !plan) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  if (TERMINAL_STATUSES.has(run.status)) return run;
  const claims = env.claims;
  const got = await claims.acquire(
    plan.planId,
    { action: 'run', runId, accountId: run.accountId },
    { takeOverHandoffOf: runId },
  );
  // Someone else is on this plan (a resume, an undo, or another delivery of this event).
  if (!got.ok) return run;
  const deadline = invocationDeadline(env, env.consumerBudgetMs);
  const requests = { ...run.requests };
  const jira = executorClient(env, 'app', requests, deadline);
  return runExecution(
    env,
    { run, plan, store, jira, requests, claim: got.claim },
    { actor: 'app', deadline },
  );
}

export function executorClient(
  env: RunEnvironment,
  actor: Actor,
  requests: Record<string, number>,
  deadline: number,
): JiraClient {
  return jiraClientFor(env, actor, {
    onAttempt: (e) => {
      requests[e.operation] = (requests[e.operation] ?? 0) + 1;
    },
    deadline: () => deadline,
  });
}

/**
 * Finds the plan's own issues in Jira, proven by the run records (`ownership.ts`). `live` is the
 * record of the run asking, as it stands in memory (ahead of what it saved).
 */
export function planIssueFinder(
  env: RunEnvironment,
  jira: JiraClient,
  plan: Pick<Plan, 'planId' | 'projectId'>,
  live?: ProofRecord | (() => ProofRecord),
): (options: {
  withLinks?: boolean;
  withSubtasks?: boolean;
  known?: readonly string[];
  localIds?: readonly string[] | undefined;
}) => Promise<PlanIssues> {
  const store = env.runs;
  const current = () => (typeof live === 'function' ? live() : live);
  return (options) =>
    findPlanIssues(jira, {
      planId: plan.planId,
      projectId: plan.projectId,
      ...options,
      runOf: async (runId) => {
        const mine = current();
        if (mine?.runId === runId) return mine;
        return store.load(runId);
      },
      appAccountId: () => jiraClientFor(env, 'app').getMyAccountId(),
    });
}

export async function runExecution(
  env: RunEnvironment,
  seed: ExecutionSeed,
  options: { actor: Actor; deadline: number },
): Promise<Run> {
  const { now } = env;
  const { plan, store, jira, requests, claim } = seed;
  const runId = seed.run.runId;
  const claims = env.claims;
  const outcomes = new RunOutcomes(plan, runId, seed.run);
  // A send the previous invocation left unanswered may have happened until it last wrote.
  const sends = new SendLedger(seed.run.sends ?? [], seed.run.updatedAt);
  const find = planIssueFinder(env, jira, plan, () => ({
    runId,
    planId: plan.planId,
    items: outcomes.toRun({ ...header, updatedAt: now() }).items,
    sends: sends.all(),
  }));
  const uncertainty: Uncertainty = { recreated: false };
  const copies = new Map<string, ExistingPlanIssue>();
  const foreign = new Map<string, ForeignIssueRecord>(
    (seed.run.foreign ?? []).map((f) => [f.key, f]),
  );
  let header: Omit<RunHeader, 'counts' | 'links'> = { ...seed.run, requests };
  let lost = false;
  let renewedAt = now();

  const snapshot = (): Run => {
    const open = sends.all();
    const { sends: _previous, ...rest } = header;
    return outcomes.toRun({
      ...rest,
      requests: { ...requests },
      updatedAt: now(),
      ...(open.length > 0 ? { sends: open } : {}),
      ...(foreign.size > 0 ? { foreign: [...foreign.values()].slice(0, MAX_FOREIGN_LISTED) } : {}),
    });
  };
  const save = async (patch: Partial<RunHeader> = {}) => {
    header = { ...header, ...patch };
    if (!lost && now() - renewedAt >= env.leaseMs / 4) {
      renewedAt = now();
      lost = (await claims.renew(claim)) === 'lost';
    }
    // Once another action took the plan over, this invocation writes nothing more.
    if (!lost) await store.save(snapshot());
  };
  const finish = async (patch: Partial<RunHeader>): Promise<Run> => {
    const finishedAt = now();
    await save({
      ...patch,
      phase: undefined,
      finishedAt,
      timings: { ...header.timings, totalMs: finishedAt - (header.startedAt ?? finishedAt) },
    });
    if (!lost) await claims.release(claim);
    return snapshot();
  };
  const handOff = async (delayMs: number, patch: Partial<RunHeader> = {}): Promise<Run> => {
    await save({ ...patch, status: 'queued', mode: 'queued' });
    if (lost) return snapshot();
    await claims.handOff(claim, now() + delayMs + env.leaseMs);
    await env.queue.push({ runId }, { delayInSeconds: Math.ceil(delayMs / 1000) });
    return snapshot();
  };
  const record = (found: PlanIssues) => {
    outcomes.absorb(found.byLocalId);
    for (const issue of [...found.byLocalId.values(), ...found.copies]) {
      const recorded = outcomes.idOf(issue.localId);
      // A copy is removed only when proven made by a lost send of the plan's runs, or made by
      // this run: never an issue another run recorded as its own.
      if (
        recorded !== undefined &&
        recorded !== issue.id &&
        (issue.proof === 'send' || issue.runId === runId)
      )
        copies.set(issue.id, issue);
    }
    for (const f of found.foreign) foreign.set(f.key, { key: f.key, reason: f.reason });
  };

  if (await store.isCancelRequested(runId)) return finish({ status: 'cancelled' });

  const startedAt = now();
  await save({
    status: 'running',
    phase: 'preparing',
    startedAt: header.startedAt ?? startedAt,
    attempts: header.attempts + 1,
    error: undefined,
    finishedAt: undefined,
  });

  // 1. Prepare: permission, types, screens, link types, and what Jira already has. This is the
  // queue's continuation (a start or resume prepared inline): what this run made is in its own
  // record, so only the previous run's recent issues are read consistently, not thousands of its
  // own again (50 per search).
  const reconciled = new Set(await earlierRunIds(store, header, now(), env.indexLag.horizonMs));
  let prep: Preparation;
  try {
    prep =
      seed.prepared ??
      (await prepareRun(
        jira,
        plan,
        options.actor === 'app'
          ? { actor: 'app', accountId: seed.run.accountId }
          : { actor: 'user' },
        now,
        async (withLinks) => find({ withLinks, known: [...reconciled] }),
      ));
  } catch (error) {
    if (error instanceof ExecutorError)
      return finish({ status: 'failed', error: { code: error.code, message: error.message } });
    if (error instanceof JiraError)
      return finish({ status: 'failed', error: { code: 'JIRA_ERROR', message: error.message } });
    throw error;
  }
  record(prep.existing);
  // Issues read consistently (`reconcileIssues`) that the search no longer returns were deleted
  // since, and are created again.
  for (const { localId } of outcomes.unconfirmed(prep.existing.byLocalId, reconciled))
    outcomes.pending(localId);
  markExistingLinks(plan, outcomes, prep);
  if (!prep.mayLink) {
    plan.links.forEach((_, index) => {
      if (!outcomes.isLinkDone(index))
        outcomes.setLink({
          index,
          outcome: 'failed',
          reason: 'You do not have permission to link issues in this project.',
        });
    });
  }
  const preparationMs = now() - startedAt;

  // 2. Schedule.
  const schedule = schedulePlan({
    items: plan.items,
    links: plan.links,
    existing: outcomes.existingIds(),
    canCarryLinks: (id) => prep.linkCarryingTypes.has(prep.issueTypeOf.get(id)?.id ?? ''),
    // Without permission to link, links are reported failed above and not attempted.
    doneLinks: new Set(
      plan.links.flatMap((_, i) => (outcomes.isLinkDone(i) || !prep.mayLink ? [i] : [])),
    ),
    concurrency: env.concurrency,
  });
  await save({
    phase: 'creating',
    timings: { ...header.timings, preparationMs },
    schedule: {
      strategy: schedule.strategy,
      chunks: schedule.chunks.length,
      linkPosts: schedule.posts.length,
      rounds: schedule.rounds,
    },
  });

  // 3. Dispatch.
  const ctx: PayloadContext = {
    plan,
    runId,
    issueTypeOf: (id) => {
      const type = prep.issueTypeOf.get(id);
      if (!type) throw new Error(`no issue type resolved for ${id}`);
      return type;
    },
    keyOf: outcomes.keyOf,
    linkTypeOf: (kind) => {
      const type = prep.linkTypes.get(kind);
      if (!type) throw new Error(`no link type resolved for ${kind}`);
      return type;
    },
  };
  const dispatch = await dispatchSchedule({
    schedule,
    task: {
      plan,
      outcomes,
      jira,
      payload: ctx,
      discover: async (localIds) => record(await find({ localIds })),
      lag: env.indexLag,
      uncertainty,
      sends,
      sender: options.actor === 'app' ? 'app' : seed.run.accountId,
      save: () => save(),
    },
    store,
    runId,
    concurrency: env.concurrency,
    deadline: options.deadline,
    save,
    now,
    claimLost: () => lost,
  });
  const timings = { ...header.timings, ...dispatch.timings };

  if (dispatch.stop === 'lost') return snapshot();
  if (dispatch.stop === 'cancel') return finish({ status: 'cancelled', timings });
  if (dispatch.stop === 'fatal')
    return finish({ status: 'failed', error: dispatch.error, timings });
  if (dispatch.stop === 'handoff') {
    // Waiting for the index is progress; only Jira refusing again and again stops the run.
    const stalls = (header.stalls ?? 0) + (dispatch.waitingForIndex ? 0 : 1);
    if (stalls >= MAX_HANDOFFS) {
      return finish({
        status: 'failed',
        error: {
          code: 'JIRA_UNAVAILABLE',
          message: `Jira kept refusing or timing out after ${stalls} attempts; resume the run later.`,
        },
        timings,
        stalls,
      });
    }
    return handOff(dispatch.delayMs ?? 0, {
      timings,
      stalls,
      ...(dispatch.waitingForIndex ? { phase: 'waiting-for-index' as const } : {}),
    });
  }

  // 4. An item sent again past the index horizon may have made a copy of what a lost send made:
  // look once more, and remove copies proven made by the plan's own sends. A copy the index shows
  // only later is proven the same way by the next run, resume or undo of the plan.
  if (uncertainty.recreated) {
    await save({ phase: 'checking-copies' });
    try {
      record(await find({}));
    } catch (error) {
      // The look for copies is a safety net; Jira refusing it leaves the run as it is.
      if (!(error instanceof JiraError)) throw error;
    }
  }
  const cleanup = await removeCopies(jira, [...copies.values()]);

  const final = snapshot();
  const incomplete =
    final.counts.failed +
      final.counts.blocked +
      final.counts.pending +
      final.links.failed +
      final.links.blocked +
      final.links.pending +
      cleanup.filter((c) => c.outcome === 'not-deleted').length >
    0;
  return finish({
    status: incomplete ? 'partial' : 'succeeded',
    timings,
    ...(cleanup.length > 0 ? { cleanup: [...(header.cleanup ?? []), ...cleanup] } : {}),
  });
}

/** Deletes duplicates this run created itself; never touches an issue another run made. */
async function removeCopies(
  jira: JiraClient,
  copies: readonly ExistingPlanIssue[],
): Promise<CleanupRecord[]> {
  const records: CleanupRecord[] = [];
  for (const copy of copies) {
    try {
      await jira.deleteIssue(copy.key);
      records.push({ localId: copy.localId, key: copy.key, outcome: 'deleted' });
    } catch (error) {
      if (error instanceof JiraHttpError && error.status === 404) {
        records.push({ localId: copy.localId, key: copy.key, outcome: 'deleted' });
      } else if (error instanceof JiraError) {
        records.push({
          localId: copy.localId,
          key: copy.key,
          outcome: 'not-deleted',
          reason: error instanceof JiraHttpError ? error.jiraMessage : error.message,
        });
      } else throw error;
    }
  }
  return records;
}

/** Links whose ends both existed before this run, and which Jira already has, are done. */
function markExistingLinks(plan: Plan, outcomes: RunOutcomes, prep: Preparation): void {
  const pairs = new Set([...prep.existing.byLocalId.values()].flatMap((i) => i.linkPairs));
  plan.links.forEach((link, index) => {
    if (outcomes.isLinkDone(index)) return;
    const from = outcomes.endKey(link.from);
    const to = outcomes.endKey(link.to);
    const type = prep.linkTypes.get(link.type);
    if (from === undefined || to === undefined || !type) return;
    if (
      pairs.has(linkPairKey(type.id, from, to)) ||
      (link.type === 'relates' && pairs.has(linkPairKey(type.id, to, from)))
    ) {
      outcomes.setLink({ index, outcome: 'existed' });
    }
  });
}
