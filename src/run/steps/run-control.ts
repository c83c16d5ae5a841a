/** Reading and cancelling runs, for the resolvers the UI polls. */
import { ExecutorError } from '../executor-errors';
import { isLive } from '../records/plan-claim';
import { mightUndo, runActions, runIsFinal } from '../../domain/run/run-lifecycle';
import type { RunEnvironment } from '../run-environment';
import type { Run, RunView } from '../run';

/** The run as recorded now. Throws `RUN_NOT_FOUND`. Callers check `projectId` against their context. */
export async function getRun(env: RunEnvironment, runId: string): Promise<Run> {
  const run = await env.runs.load(runId);
  if (!run) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  return run;
}

/**
 * The most recent run of a plan (the one a new start or resume made), or undefined when the plan
 * was never run: lets a reopened panel pick up a run that is still going or show how it ended.
 */
export async function latestRunOfPlan(
  env: RunEnvironment,
  planId: string,
): Promise<Run | undefined> {
  const runId = await env.latestRuns.get(planId);
  return runId === undefined ? undefined : env.runs.load(runId);
}

/**
 * The run with what `caller` may do now. The caller's Jira permissions are asked only when undo
 * could be offered (a finished run that made something), since that costs a request and the
 * panel polls a run while it goes.
 */
export async function viewRun(
  env: RunEnvironment,
  run: Run,
  caller: {
    accountId: string;
    permissions: () => Promise<{ administersProject: boolean; deletesIssues: boolean }>;
  },
): Promise<RunView> {
  const claim = await env.claims.current(run.planId);
  const live = isLive(claim, env.now());
  const underWay = live && claim.runId === run.runId && claim.action === 'run';
  const planBusy = live && !underWay;
  const held =
    mightUndo(run) && !live
      ? await caller.permissions()
      : { administersProject: false, deletesIssues: false };
  return {
    ...run,
    underWay,
    actions: runActions({
      run,
      underWay,
      planBusy,
      caller: { accountId: caller.accountId, ...held },
    }),
  };
}

/**
 * Asks a run to stop. A running one finishes the requests in flight and stops before the next
 * (issues already created stay; undo removes them). A queued run, or one whose worker died (its
 * lease lapsed), is cancelled at once under a claim of its own. Only the person who started the
 * run may cancel it.
 */
export async function cancelRun(
  env: RunEnvironment,
  runId: string,
  accountId: string,
): Promise<Run> {
  const store = env.runs;
  const run = await store.load(runId);
  if (!run) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  if (run.accountId !== accountId)
    throw new ExecutorError('NOT_RUN_OWNER', 'Only the person who started this run can cancel it.');
  if (runIsFinal(run.status)) return run;
  await store.requestCancel(runId, accountId);
  const claims = env.claims;
  // Nobody works on it right now (queued, or its worker died): take the plan and record the end.
  const got = await claims.acquire(
    run.planId,
    { action: 'cancel', runId, accountId },
    { takeOverHandoffOf: runId },
  );
  if (!got.ok) return run;
  try {
    const current = (await store.load(runId)) ?? run;
    if (runIsFinal(current.status)) return current;
    const now = env.now();
    const cancelled: Run = { ...current, status: 'cancelled', updatedAt: now, finishedAt: now };
    await store.save(cancelled);
    return cancelled;
  } finally {
    await claims.release(got.claim);
  }
}
