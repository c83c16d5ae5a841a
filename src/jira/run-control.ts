/** Reading and cancelling runs, for the resolvers the UI polls. */
import { createActiveRunIndex, createRunStore } from '../storage/run-store';
import { ExecutorError } from './executor-errors';
import { executorConfig } from './run-config';
import { TERMINAL_STATUSES, type Run } from './run';

/** The run as recorded now. Throws `RUN_NOT_FOUND`. Callers check `projectId` against their context. */
export async function getRun(runId: string): Promise<Run> {
  const run = await createRunStore(executorConfig().kv).load(runId);
  if (!run) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  return run;
}

/**
 * The most recent run of a plan (the one a new start or resume made), or undefined when the plan
 * was never run: lets a reopened panel pick up a run that is still going or show how it ended.
 */
export async function latestRunOfPlan(planId: string): Promise<Run | undefined> {
  const kv = executorConfig().kv;
  const runId = await createActiveRunIndex(kv).get(planId);
  return runId === undefined ? undefined : createRunStore(kv).load(runId);
}

/**
 * Asks a run to stop. A queued run is cancelled at once; a running one finishes the requests in
 * flight and stops before the next (issues already created stay; undo removes them). Only the
 * person who started the run may cancel it.
 */
export async function cancelRun(runId: string, accountId: string): Promise<Run> {
  const config = executorConfig();
  const store = createRunStore(config.kv);
  const run = await store.load(runId);
  if (!run) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  if (run.accountId !== accountId)
    throw new ExecutorError('NOT_RUN_OWNER', 'Only the person who started this run can cancel it.');
  if (TERMINAL_STATUSES.has(run.status)) return run;
  await store.requestCancel(runId, accountId);
  if (run.status === 'queued') {
    const now = config.now();
    const cancelled: Run = { ...run, status: 'cancelled', updatedAt: now, finishedAt: now };
    await store.save(cancelled);
    return cancelled;
  }
  return run;
}
