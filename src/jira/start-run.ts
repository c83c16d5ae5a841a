/**
 * Starting and resuming runs: the one parallel round of preparation happens here, as the user,
 * so a missing permission or issue type fails the request itself with nothing created; then the
 * run goes inline or to the queue (see `run-mode.ts`).
 */
import { randomUUID } from 'node:crypto';
import type { Plan } from '../domain/plan';
import { createActiveRunIndex, createRunStore, type RunStore } from '../storage/run-store';
import { ExecutorError } from './executor-errors';
import { createExecutorClient, runExecution } from './execute-run';
import { prepareRun } from './prepare-run';
import { executorConfig, invocationDeadline } from './run-config';
import { chooseRunMode } from './run-mode';
import { countItems, countLinks, TERMINAL_STATUSES, type Run } from './run';
import { schedulePlan } from './schedule-plan';

/** A queued run that no consumer picked up for this long is not "under way" any more. */
const QUEUED_STALE_MS = 15 * 60_000;
const RUNNING_STALE_MS = 120_000;

export interface StartRunInput {
  plan: Plan;
  /** From the invocation context: the person creating the issues. */
  accountId: string;
  /** From the invocation context; must be the plan's project. */
  projectId: string;
}

export interface LaunchOptions {
  /** `auto` (default) decides by estimated duration; the others force a path (tests, benchmark). */
  mode?: 'auto' | 'inline' | 'queued';
}

/**
 * Starts creating `plan` in Jira as the current user. Returns the run: finished when it ran
 * inline, `queued` when the async consumer will do it. If a run of the same plan is already
 * under way, returns that run instead of starting a second one. Throws `ExecutorError`
 * (`PROJECT_MISMATCH`, `NO_CREATE_PERMISSION`, `MISSING_ISSUE_TYPE`, `MISSING_LINK_TYPE`) before
 * anything is created.
 */
export async function startRun(input: StartRunInput, options: LaunchOptions = {}): Promise<Run> {
  const { plan, accountId, projectId } = input;
  if (plan.projectId !== projectId) {
    throw new ExecutorError(
      'PROJECT_MISMATCH',
      `This plan is for project ${plan.projectId}, not ${projectId}.`,
      {
        planProjectId: plan.projectId,
        projectId,
      },
    );
  }
  const config = executorConfig();
  const store = createRunStore(config.kv);
  const active = createActiveRunIndex(config.kv);

  const activeRunId = await active.get(plan.planId);
  if (activeRunId !== undefined) {
    const other = await store.load(activeRunId);
    if (other && isUnderWay(other, config.now())) return other;
  }

  const now = config.now();
  const runId = randomUUID();
  await active.set(plan.planId, runId);
  const items = plan.items.map((i) => ({ localId: i.localId, outcome: 'pending' as const }));
  const linkOutcomes = plan.links.map((_, index) => ({ index, outcome: 'pending' as const }));
  const run: Run = {
    runId,
    planId: plan.planId,
    projectId: plan.projectId,
    templateVersion: plan.templateVersion,
    accountId,
    mode: 'inline',
    status: 'queued',
    createdAt: now,
    updatedAt: now,
    counts: countItems(items),
    links: countLinks(linkOutcomes),
    timings: {},
    requests: {},
    attempts: 0,
    items,
    linkOutcomes,
  };
  try {
    return await launch(run, plan, store, options);
  } catch (error) {
    await active.clear(plan.planId, runId);
    throw error;
  }
}

/**
 * Continues a run that stopped (partial, failed, cancelled, or stuck): reconciles with Jira,
 * skips what exists, and creates the rest as the current user. Only the person who started it
 * may resume it.
 */
export async function resumeRun(
  runId: string,
  options: LaunchOptions & { accountId?: string } = {},
): Promise<Run> {
  const config = executorConfig();
  const store = createRunStore(config.kv);
  const [run, plan] = await Promise.all([store.load(runId), store.loadPlan(runId)]);
  if (!run || !plan) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  if (options.accountId !== undefined && options.accountId !== run.accountId) {
    throw new ExecutorError('NOT_RUN_OWNER', 'Only the person who started this run can resume it.');
  }
  if (run.status === 'succeeded' || run.status === 'undone') {
    throw new ExecutorError(
      'RUN_NOT_RESUMABLE',
      `This run is ${run.status}; there is nothing to resume.`,
    );
  }
  if (isUnderWay(run, config.now()))
    throw new ExecutorError('RUN_NOT_RESUMABLE', 'This run is still under way.');
  await store.clearCancel(runId);
  await createActiveRunIndex(config.kv).set(plan.planId, runId);
  return launch(
    { ...run, status: 'queued', error: undefined, finishedAt: undefined },
    plan,
    store,
    options,
  );
}

async function launch(run: Run, plan: Plan, store: RunStore, options: LaunchOptions): Promise<Run> {
  const config = executorConfig();
  const deadline = invocationDeadline(config.inlineBudgetMs);
  const requests = { ...run.requests };
  const jira = createExecutorClient('user', requests, deadline);
  const startedAt = config.now();
  const prepared = await prepareRun(jira, plan, { actor: 'user' }, config.now);

  const existing = new Set(prepared.existing.keys());
  const schedule = schedulePlan({
    items: plan.items,
    links: plan.links,
    existing,
    canCarryLinks: (id) => prepared.linkCarryingTypes.has(prepared.issueTypeOf.get(id)?.id ?? ''),
    doneLinks: new Set(),
    concurrency: config.concurrency,
  });
  const decision = chooseRunMode({
    itemsToCreate: plan.items.length - existing.size,
    rounds: schedule.rounds,
    latencyMs: prepared.latencyMs,
    concurrency: config.concurrency,
  });
  const mode = options.mode === undefined || options.mode === 'auto' ? decision.mode : options.mode;

  if (mode === 'queued') {
    const queued: Run = {
      ...run,
      mode: 'queued',
      status: 'queued',
      requests,
      updatedAt: config.now(),
    };
    await store.create(queued, plan);
    await config.queue.push({ runId: run.runId });
    return queued;
  }
  const inline: Run = {
    ...run,
    mode: 'inline',
    requests,
    startedAt: run.startedAt ?? startedAt,
    updatedAt: config.now(),
  };
  await store.create(inline, plan);
  return runExecution(
    { run: inline, plan, store, jira, requests, prepared },
    { actor: 'user', deadline },
  );
}

function isUnderWay(run: Run, now: number): boolean {
  if (TERMINAL_STATUSES.has(run.status)) return false;
  const staleAfter = run.status === 'queued' ? QUEUED_STALE_MS : RUNNING_STALE_MS;
  return now - run.updatedAt < staleAfter;
}
