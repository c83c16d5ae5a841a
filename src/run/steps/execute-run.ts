/**
 * Runs a stored run to its end under a claim on its plan, phase by phase: prepare (one parallel
 * round of lookups and reconciliation), schedule, create (bulk creates and link posts under the
 * concurrency bound, recording progress in KVS after every answer), hand off or check for copies,
 * and conclude. Used by both paths: inline from `startRun`/`resumeRun` and queued from the run
 * consumer. The run record in memory and its writes are the `Execution` (`execution.ts`).
 *
 * Exactly once: every create carries the plan property and is recorded (`sends`) before it is
 * sent; a create whose outcome is unknown (lost connection, gateway 5xx, a dead invocation) keeps
 * its items waiting for Jira's index, in the queue if need be, and only past the index horizon are
 * they sent again (`run-tasks.ts`). What counts as the plan's own is proven (`ownership.ts`), so
 * a copy a lost send made is recognised, and deleted, by whichever run of the plan finds it.
 */
import type { Plan } from '../../domain/plan';
import { runIsFinal } from '../../domain/run/run-lifecycle';
import type { JiraClient } from '../../jira/jira-client';
import { JiraError, JiraHttpError } from '../../jira/jira-errors';
import type { Actor } from '../../jira/jira-transport';
import type { PayloadContext } from '../decide/create-payload';
import { linkPairKey } from '../decide/link-folding';
import type { RunOutcomes } from '../decide/run-outcomes';
import { schedulePlan, type Schedule } from '../decide/schedule-plan';
import { ExecutorError } from '../executor-errors';
import { earlierRunIds } from '../records/known-issues';
import type { CleanupRecord, Run, RunHeader } from '../run';
import { invocationDeadline, jiraClientFor, type RunEnvironment } from '../run-environment';
import { dispatchSchedule, type DispatchResult } from './dispatch-schedule';
import { Execution, type ExecutionSeed } from './execution';
import { prepareRun, type Preparation } from './prepare-run';
import type { ExistingPlanIssue } from './reconcile';

export type { ExecutionSeed } from './execution';

/** A run handed to the queue this many times while Jira stays unavailable fails instead. */
const MAX_HANDOFFS = 8;

/**
 * The queue consumer's entry: continues run `runId` as the app if the queue's hand-off is still
 * its to take (exactly one consumer can), and returns the run as recorded at the end.
 */
export async function continueQueuedRun(env: RunEnvironment, runId: string): Promise<Run> {
  const store = env.runs;
  const [run, plan] = await Promise.all([store.load(runId), store.loadPlan(runId)]);
  if (!run || !plan) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  if (runIsFinal(run.status)) return run;
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

export async function runExecution(
  env: RunEnvironment,
  seed: ExecutionSeed,
  options: { actor: Actor; deadline: number },
): Promise<Run> {
  const run = new Execution(env, seed);
  if (await seed.store.isCancelRequested(run.runId)) return run.finish({ status: 'cancelled' });

  const startedAt = env.now();
  await run.save({
    status: 'running',
    phase: 'preparing',
    startedAt: run.header.startedAt ?? startedAt,
    attempts: run.header.attempts + 1,
    error: undefined,
    finishedAt: undefined,
  });
  const prepared = await preparing(env, run, options.actor);
  if ('ended' in prepared) return prepared.ended;
  const schedule = await scheduling(env, run, prepared.prep, env.now() - startedAt);
  const dispatch = await creating(env, run, prepared.prep, schedule, options);
  const timings = { ...run.header.timings, ...dispatch.timings };
  if (dispatch.stop !== undefined) return stopping(run, dispatch, timings);
  await checkingCopies(run);
  return concluding(run, timings);
}

/**
 * Permission, types, screens, link types, and what Jira already has. This is the queue's
 * continuation (a start or resume prepared inline): what this run made is in its own record, so
 * only the previous run's recent issues are read consistently, not thousands of its own again
 * (50 per search). Ends the run when it cannot go on (a missing permission or type, Jira failing).
 */
async function preparing(
  env: RunEnvironment,
  run: Execution,
  actor: Actor,
): Promise<{ prep: Preparation } | { ended: Run }> {
  const { seed, outcomes } = run;
  const { plan } = seed;
  const reconciled = new Set(
    await earlierRunIds(seed.store, run.header, env.now(), env.indexLag.horizonMs),
  );
  let prep: Preparation;
  try {
    prep =
      seed.prepared ??
      (await prepareRun(
        seed.jira,
        plan,
        actor === 'app' ? { actor: 'app', accountId: seed.run.accountId } : { actor: 'user' },
        env.now,
        async (withLinks) => run.find({ withLinks, known: [...reconciled] }),
      ));
  } catch (error) {
    const failed = failureOf(error);
    return { ended: await run.finish({ status: 'failed', error: failed }) };
  }
  run.record(prep.existing);
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
  return { prep };
}

/** How a failure while preparing ends the run; anything not the executor's or Jira's is thrown. */
function failureOf(error: unknown): { code: string; message: string } {
  if (error instanceof ExecutorError) return { code: error.code, message: error.message };
  if (error instanceof JiraError) return { code: 'JIRA_ERROR', message: error.message };
  throw error;
}

/** Chooses how to create what is missing (link strategy, chunks) and records the choice. */
async function scheduling(
  env: RunEnvironment,
  run: Execution,
  prep: Preparation,
  preparationMs: number,
): Promise<Schedule> {
  const { plan } = run.seed;
  const { outcomes } = run;
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
  await run.save({
    phase: 'creating',
    timings: { ...run.header.timings, preparationMs },
    schedule: {
      strategy: schedule.strategy,
      chunks: schedule.chunks.length,
      linkPosts: schedule.posts.length,
      rounds: schedule.rounds,
    },
  });
  return schedule;
}

/** Sends the bulk creates and link posts of `schedule` until done, stopped, or out of time. */
async function creating(
  env: RunEnvironment,
  run: Execution,
  prep: Preparation,
  schedule: Schedule,
  options: { actor: Actor; deadline: number },
): Promise<DispatchResult> {
  const { plan, store, jira } = run.seed;
  const { outcomes } = run;
  const payload: PayloadContext = {
    plan,
    runId: run.runId,
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
  return dispatchSchedule({
    schedule,
    task: {
      plan,
      outcomes,
      jira,
      payload,
      discover: async (localIds) => run.record(await run.find({ localIds })),
      lag: env.indexLag,
      uncertainty: run.uncertainty,
      sends: run.sends,
      sender: options.actor === 'app' ? 'app' : run.seed.run.accountId,
      save: () => run.save(),
    },
    store,
    runId: run.runId,
    concurrency: env.concurrency,
    deadline: options.deadline,
    save: () => run.save(),
    now: env.now,
    claimLost: () => run.lost,
  });
}

/**
 * Creating stopped before the end: the plan was taken over, the run cancelled, Jira refused for
 * good, or the run waits (for Jira's index, or for Jira to answer again) in the queue.
 */
async function stopping(
  run: Execution,
  dispatch: DispatchResult,
  timings: RunHeader['timings'],
): Promise<Run> {
  switch (dispatch.stop) {
    case 'lost':
      return run.snapshot();
    case 'cancel':
      return run.finish({ status: 'cancelled', timings });
    case 'fatal':
      return run.finish({ status: 'failed', error: dispatch.error, timings });
    default: {
      // Waiting for the index is progress; only Jira refusing again and again stops the run.
      const stalls = (run.header.stalls ?? 0) + (dispatch.waitingForIndex ? 0 : 1);
      if (stalls >= MAX_HANDOFFS) {
        return run.finish({
          status: 'failed',
          error: {
            code: 'JIRA_UNAVAILABLE',
            message: `Jira kept refusing or timing out after ${stalls} attempts; resume the run later.`,
          },
          timings,
          stalls,
        });
      }
      return run.handOff(dispatch.delayMs ?? 0, {
        timings,
        stalls,
        ...(dispatch.waitingForIndex ? { phase: 'waiting-for-index' as const } : {}),
      });
    }
  }
}

/**
 * An item sent again past the index horizon may have made a copy of what a lost send made: look
 * once more. A copy the index shows only later is proven the same way by the next run, resume or
 * undo of the plan.
 */
async function checkingCopies(run: Execution): Promise<void> {
  if (!run.uncertainty.recreated) return;
  await run.save({ phase: 'checking-copies' });
  try {
    run.record(await run.find({}));
  } catch (error) {
    // The look for copies is a safety net; Jira refusing it leaves the run as it is.
    if (!(error instanceof JiraError)) throw error;
  }
}

/** Removes the copies proven made by the plan's own sends and records how the run ended. */
async function concluding(run: Execution, timings: RunHeader['timings']): Promise<Run> {
  const cleanup = await removeCopies(run.seed.jira, run.copiesFound());
  const final = run.snapshot();
  const incomplete =
    final.counts.failed +
      final.counts.blocked +
      final.counts.pending +
      final.links.failed +
      final.links.blocked +
      final.links.pending +
      cleanup.filter((c) => c.outcome === 'not-deleted').length >
    0;
  return run.finish({
    status: incomplete ? 'partial' : 'succeeded',
    timings,
    ...(cleanup.length > 0 ? { cleanup: [...(run.header.cleanup ?? []), ...cleanup] } : {}),
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
