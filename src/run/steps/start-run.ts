/**
 * Starting and resuming runs. Each first claims the plan (`plan-claim.ts`), so a double click,
 * two tabs or a resume racing an undo cannot act on one plan at once: a second start while a run
 * is under way gets that run back, a second resume gets `PLAN_BUSY`. Then the one parallel round
 * of preparation happens here, as the user, so a missing permission or issue type fails the
 * request itself with nothing created; then the run goes inline or to the queue (`run-mode.ts`).
 */
import type { Plan } from '../../domain/plan';
import { runIsResumable } from '../../domain/run/run-lifecycle';
import { ExecutorError } from '../executor-errors';
import { executorClient, runExecution } from './execute-run';
import { planIssueFinder } from './plan-issue-finder';
import { type PlanClaim } from '../records/plan-claim';
import { prepareRun, type PermissionAsker, type Preparation } from './prepare-run';
import { invocationDeadline, type RunEnvironment } from '../run-environment';
import { chooseRunMode } from '../decide/run-mode';
import { type RunStore } from '../records/run-store';
import { countItems, countLinks, type Run } from '../run';
import { earlierRunIds, existingIds } from '../records/known-issues';
import type { CreateMetaIssueType } from '../../jira/operations/get-create-meta-issue-types';
import type { PlanIssues } from './reconcile';
import { schedulePlan } from '../decide/schedule-plan';

export interface StartRunInput {
  /**
   * The plan, or how to build it once the plan's claim is held: a plan whose items depend on
   * what earlier runs made (the epic fan-out's own sub-tasks) is built only when no run of it can
   * be under way, so it sees every earlier run's record complete.
   */
  plan: Plan | LazyPlan;
  /** From the invocation context: the person creating the issues. */
  accountId: string;
  /** From the invocation context; must be the plan's project. */
  projectId: string;
  /** The person's permissions as this invocation asks them (one request for all it needs). */
  permissions?: PermissionAsker;
}

export interface LazyPlan {
  planId: string;
  projectId: string;
  /**
   * Builds the plan. What it read on the way is handed to the run instead of being asked again:
   * `existing`, the plan's own issues (proven), and `issueTypes`, the project's createmeta types.
   */
  build: () => Promise<{ plan: Plan; existing?: PlanIssues; issueTypes?: CreateMetaIssueType[] }>;
}

/** How long a second start waits for the first one's run record to appear. */
const JOIN_WAIT_MS = 100;
const JOIN_TRIES = 20;

/**
 * Starts creating `plan` in Jira as the current user. Returns the run: finished when it ran
 * inline, `queued` when the async consumer will do it. If a run of the same plan is already
 * under way, returns that run instead of starting a second one. Throws `ExecutorError`
 * (`PROJECT_MISMATCH`, `NO_CREATE_PERMISSION`, `MISSING_ISSUE_TYPE`, `MISSING_LINK_TYPE`,
 * `PLAN_BUSY`) before anything is created.
 */
export async function startRun(env: RunEnvironment, input: StartRunInput): Promise<Run> {
  const { accountId, projectId } = input;
  const target = input.plan;
  if (target.projectId !== projectId) {
    throw new ExecutorError(
      'PROJECT_MISMATCH',
      `This plan is for project ${target.projectId}, not ${projectId}.`,
      { planProjectId: target.projectId, projectId },
    );
  }
  const store = env.runs;
  const runId = env.newId();
  const claims = env.claims;
  const got = await claims.acquire(target.planId, { action: 'run', runId, accountId });
  if (!got.ok) {
    if (got.holder.action !== 'run') throw busy(got.holder);
    return joinRun(env, store, got.holder);
  }
  const now = env.now();
  const previousRunId = await env.latestRuns.get(target.planId);
  const header = {
    runId,
    planId: target.planId,
    projectId: target.projectId,
    accountId,
    mode: 'inline' as const,
    status: 'queued' as const,
    phase: 'preparing' as const,
    createdAt: now,
    updatedAt: now,
    timings: {},
    requests: {},
    attempts: 0,
    ...(previousRunId === undefined ? {} : { previousRunId }),
  };
  let plan: Plan;
  let found: PlanIssues | undefined;
  let issueTypes: CreateMetaIssueType[] | undefined;
  if ('build' in target) {
    // Recorded before the plan is built, so a second start that lost the claim can return it.
    const building: Run = {
      ...header,
      templateVersion: 0,
      counts: countItems([]),
      links: countLinks([]),
      items: [],
      linkOutcomes: [],
    };
    await store.save(building);
    try {
      ({ plan, existing: found, issueTypes } = await target.build());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const code = (error as { code?: unknown }).code;
      await store.save({
        ...building,
        status: 'failed',
        phase: undefined,
        error: { code: typeof code === 'string' ? code : 'NOT_STARTED', message },
      });
      await claims.release(got.claim);
      throw error;
    }
  } else plan = target;

  const items = plan.items.map((i) => ({ localId: i.localId, outcome: 'pending' as const }));
  const linkOutcomes = plan.links.map((_, index) => ({ index, outcome: 'pending' as const }));
  const run: Run = {
    ...header,
    templateVersion: plan.templateVersion,
    counts: countItems(items),
    links: countLinks(linkOutcomes),
    items,
    linkOutcomes,
  };
  // Recorded before anything else, so a second start that lost the claim can return it.
  await store.create(run, plan);
  return launch(env, run, plan, store, got.claim, {
    fresh: true,
    ...(found ? { found } : {}),
    ...(issueTypes ? { issueTypes } : {}),
    permissions: input.permissions,
  });
}

/**
 * Continues a run that stopped (partial, failed, cancelled, or stuck past its lease): reconciles
 * with Jira, skips what exists, and creates the rest as the current user. Only the person who
 * started it may resume it.
 */
export async function resumeRun(
  env: RunEnvironment,
  runId: string,
  accountId: string,
): Promise<Run> {
  const store = env.runs;
  const [run, plan] = await Promise.all([store.load(runId), store.loadPlan(runId)]);
  if (!run || !plan) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  if (accountId !== run.accountId) {
    throw new ExecutorError('NOT_RUN_OWNER', 'Only the person who started this run can resume it.');
  }
  if (!runIsResumable(run.status)) {
    throw new ExecutorError(
      'RUN_NOT_RESUMABLE',
      `This run is ${run.status}; there is nothing to resume.`,
    );
  }
  const got = await env.claims.acquire(plan.planId, {
    action: 'run',
    runId,
    accountId,
  });
  if (!got.ok) throw busy(got.holder);
  // Re-read under the claim: what happened before it was taken is now settled.
  const current = (await store.load(runId)) ?? run;
  if (!runIsResumable(current.status)) {
    await env.claims.release(got.claim);
    throw new ExecutorError(
      'RUN_NOT_RESUMABLE',
      `This run is ${current.status}; there is nothing to resume.`,
    );
  }
  await store.clearCancel(runId);
  // A send the dead worker left unanswered counts as lost when it last wrote (`SendLedger`).
  return launch(
    env,
    { ...current, status: 'queued', phase: 'preparing', error: undefined, finishedAt: undefined },
    plan,
    store,
    got.claim,
    { fresh: false },
  );
}

async function launch(
  env: RunEnvironment,
  run: Run,
  plan: Plan,
  store: RunStore,
  claim: PlanClaim,
  options: {
    fresh: boolean;
    found?: PlanIssues;
    issueTypes?: CreateMetaIssueType[];
    permissions?: PermissionAsker | undefined;
  },
): Promise<Run> {
  const claims = env.claims;
  const deadline = invocationDeadline(env, env.inlineBudgetMs);
  const requests = { ...run.requests };
  const jira = executorClient(env, 'user', requests, deadline);
  const find = planIssueFinder(env, jira, plan, run);
  // Issues this run or the plan's previous run recorded are read consistently: a new run started
  // seconds after the last one must see what it made even while search still lags.
  const known = new Set([
    ...existingIds(run),
    ...(await earlierRunIds(store, run, env.now(), env.indexLag.horizonMs)),
  ]);
  // The new run is the plan's latest from its first second, so a panel polling `run/latest`
  // shows its progress while it prepares; a fresh start that fails puts the pointer back.
  const latest = env.latestRuns;
  await latest.set(plan.planId, run.runId);
  let prepared: Preparation;
  try {
    // What the plan's builder found under this claim is current: nothing of the plan ran since.
    const found = options.found;
    prepared = await prepareRun(
      jira,
      plan,
      { actor: 'user', held: options.permissions },
      env.now,
      (withLinks) =>
        found && !withLinks ? Promise.resolve(found) : find({ withLinks, known: [...known] }),
      options.issueTypes,
    );
  } catch (error) {
    // Nothing was created: a fresh run that could not start leaves no trace but its record.
    if (options.fresh && error instanceof ExecutorError) {
      await store.save({
        ...run,
        status: 'failed',
        error: { code: error.code, message: error.message },
      });
    }
    if (options.fresh) {
      if (run.previousRunId === undefined) await latest.clear(plan.planId);
      else await latest.set(plan.planId, run.previousRunId);
    }
    await claims.release(claim);
    throw error;
  }

  const existing = new Set(prepared.existing.byLocalId.keys());
  const schedule = schedulePlan({
    items: plan.items,
    links: plan.links,
    existing,
    canCarryLinks: (id) => prepared.linkCarryingTypes.has(prepared.issueTypeOf.get(id)?.id ?? ''),
    doneLinks: new Set(),
    concurrency: env.concurrency,
  });
  const decision = chooseRunMode({
    itemsToCreate: plan.items.length - existing.size,
    rounds: schedule.rounds,
    latencyMs: env.assumedLatencyMs ?? prepared.latencyMs,
    concurrency: env.concurrency,
  });
  const mode = env.runMode === 'auto' ? decision.mode : env.runMode;

  if (mode === 'queued') {
    const queued: Run = {
      ...run,
      mode: 'queued',
      status: 'queued',
      requests,
      updatedAt: env.now(),
    };
    await store.save(queued);
    await claims.handOff(claim, env.now() + env.leaseMs);
    await env.queue.push({ runId: run.runId });
    return queued;
  }
  const inline: Run = {
    ...run,
    mode: 'inline',
    requests,
    startedAt: run.startedAt ?? env.now(),
    updatedAt: env.now(),
  };
  await store.save(inline);
  return runExecution(
    env,
    { run: inline, plan, store, jira, requests, claim, prepared },
    { actor: 'user', deadline },
  );
}

/** The run another start is creating: its record is written right after its claim. */
async function joinRun(env: RunEnvironment, store: RunStore, holder: PlanClaim): Promise<Run> {
  for (let i = 0; i < JOIN_TRIES; i++) {
    const run = await store.load(holder.runId);
    if (run) return run;
    await env.sleep(JOIN_WAIT_MS);
  }
  throw busy(holder);
}

function busy(holder: PlanClaim): ExecutorError {
  const what =
    holder.action === 'undo'
      ? 'Its created issues are being deleted (undo)'
      : holder.action === 'cancel'
        ? 'A run of it is being cancelled'
        : 'A run of it is under way';
  return new ExecutorError('PLAN_BUSY', `${what}. Try again when that has finished.`, {
    runId: holder.runId,
    action: holder.action,
  });
}
