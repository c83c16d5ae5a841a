/**
 * Runs a stored run to its end: prepare (one parallel round of lookups and reconciliation),
 * schedule, then dispatch bulk creates and link posts under the concurrency bound, recording
 * progress in KVS after every answer. Used by both paths: inline from `startRun` and queued
 * from the run consumer.
 *
 * Exactly once: every create carries the plan property; a create whose outcome is unknown (5xx,
 * lost connection, rate limit) is retried only after Jira has been asked which items exist, and
 * only for the ones it does not have.
 */
import type { Plan } from '../domain/plan';
import { createRunStore, type RunStore } from '../storage/run-store';
import type { PayloadContext } from './create-payload';
import { dispatchSchedule } from './dispatch-schedule';
import { ExecutorError } from './executor-errors';
import { createJiraClient, type JiraClient } from './jira-client';
import { JiraError, JiraHttpError } from './jira-errors';
import type { Actor } from './jira-transport';
import { linkPairKey } from './link-folding';
import { prepareRun, type Preparation } from './prepare-run';
import { executorConfig, invocationDeadline } from './run-config';
import { RunOutcomes } from './run-outcomes';
import { TERMINAL_STATUSES, type Run, type RunHeader } from './run';
import { schedulePlan } from './schedule-plan';

/** A run handed to the queue this many times while Jira stays unavailable fails instead. */
const MAX_HANDOFFS = 8;

/** A run whose record has not moved for this long is no longer being worked on. */
const STALE_RUNNING_MS = 120_000;

export interface ExecuteOptions {
  /** `user` inline (Jira's permissions apply to the person), `app` in the consumer. Default `user`. */
  actor?: Actor;
  /** Epoch ms after which no new request starts; the rest is handed to the queue. */
  deadline?: number;
}

/** Internal: what `startRun` already knows when it executes inline. */
export interface ExecutionSeed {
  run: Run;
  plan: Plan;
  store: RunStore;
  jira: JiraClient;
  requests: Record<string, number>;
  prepared?: Preparation;
}

/** Executes run `runId` and returns it as recorded at the end (or at hand-off to the queue). */
export async function executeRun(runId: string, options: ExecuteOptions = {}): Promise<Run> {
  const config = executorConfig();
  const store = createRunStore(config.kv);
  const [run, plan] = await Promise.all([store.load(runId), store.loadPlan(runId)]);
  if (!run || !plan) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  if (TERMINAL_STATUSES.has(run.status)) return run;
  if (run.status === 'running' && config.now() - run.updatedAt < STALE_RUNNING_MS) return run;
  const actor = options.actor ?? 'user';
  const deadline =
    options.deadline ??
    invocationDeadline(actor === 'app' ? config.consumerBudgetMs : config.inlineBudgetMs);
  const requests = { ...run.requests };
  const jira = createExecutorClient(actor, requests, deadline);
  return runExecution({ run, plan, store, jira, requests }, { actor, deadline });
}

export function createExecutorClient(
  actor: Actor,
  requests: Record<string, number>,
  deadline: number,
): JiraClient {
  const config = executorConfig();
  return createJiraClient({
    ...config.request,
    now: config.request.now ?? config.now,
    transport: config.transport(actor),
    onAttempt: (e) => {
      requests[e.operation] = (requests[e.operation] ?? 0) + 1;
    },
    deadline: () => deadline,
  });
}

export async function runExecution(
  seed: ExecutionSeed,
  options: { actor: Actor; deadline: number },
): Promise<Run> {
  const config = executorConfig();
  const now = config.now;
  const { plan, store, jira, requests } = seed;
  const runId = seed.run.runId;
  const outcomes = new RunOutcomes(plan, runId, seed.run);
  let header: Omit<RunHeader, 'counts' | 'links'> = { ...seed.run, requests };
  const snapshot = (): Run =>
    outcomes.toRun({ ...header, requests: { ...requests }, updatedAt: now() });
  const save = async (patch: Partial<RunHeader> = {}) => {
    header = { ...header, ...patch };
    await store.save(snapshot());
  };
  const finish = async (patch: Partial<RunHeader>): Promise<Run> => {
    const finishedAt = now();
    await save({
      ...patch,
      finishedAt,
      timings: { ...header.timings, totalMs: finishedAt - (header.startedAt ?? finishedAt) },
    });
    return snapshot();
  };

  if (await store.isCancelRequested(runId)) return finish({ status: 'cancelled' });

  const startedAt = now();
  await save({
    status: 'running',
    startedAt: header.startedAt ?? startedAt,
    attempts: header.attempts + 1,
    error: undefined,
    finishedAt: undefined,
  });

  // 1. Prepare: permission, types, screens, link types, and what Jira already has.
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
      ));
  } catch (error) {
    if (error instanceof ExecutorError)
      return finish({ status: 'failed', error: { code: error.code, message: error.message } });
    if (error instanceof JiraError)
      return finish({ status: 'failed', error: { code: 'JIRA_ERROR', message: error.message } });
    throw error;
  }
  outcomes.absorb(prep.existing);
  await confirmRecordedIssues(jira, outcomes, prep);
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
    concurrency: config.concurrency,
  });
  await save({
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
    task: { plan, outcomes, jira, payload: ctx },
    store,
    runId,
    concurrency: config.concurrency,
    deadline: options.deadline,
    save,
    now,
  });

  if (dispatch.stop === 'cancel')
    return finish({ status: 'cancelled', timings: { ...header.timings, ...dispatch.timings } });
  if (dispatch.stop === 'fatal') {
    return finish({
      status: 'failed',
      error: dispatch.error,
      timings: { ...header.timings, ...dispatch.timings },
    });
  }
  if (dispatch.stop === 'handoff' && header.attempts >= MAX_HANDOFFS) {
    return finish({
      status: 'failed',
      error: {
        code: 'JIRA_UNAVAILABLE',
        message: `Jira kept refusing or timing out after ${header.attempts} attempts; resume the run later.`,
      },
      timings: { ...header.timings, ...dispatch.timings },
    });
  }
  if (dispatch.stop === 'handoff') {
    await save({
      status: 'queued',
      mode: 'queued',
      timings: { ...header.timings, ...dispatch.timings },
    });
    await config.queue.push(
      { runId },
      { delayInSeconds: Math.ceil((dispatch.delayMs ?? 0) / 1000) },
    );
    return snapshot();
  }
  const final = snapshot();
  const incomplete =
    final.counts.failed +
      final.counts.blocked +
      final.counts.pending +
      final.links.failed +
      final.links.blocked +
      final.links.pending >
    0;
  return finish({
    status: incomplete ? 'partial' : 'succeeded',
    timings: { ...header.timings, ...dispatch.timings },
  });
}

/** Issues the record says exist but the search missed: Jira's index may lag, so ask for each. */
async function confirmRecordedIssues(
  jira: JiraClient,
  outcomes: RunOutcomes,
  prep: Preparation,
): Promise<void> {
  for (const { localId, key } of outcomes.unconfirmed(prep.existing)) {
    try {
      await jira.getIssue(key, { fields: ['summary'] });
    } catch (error) {
      if (error instanceof JiraHttpError && error.status === 404) outcomes.pending(localId);
      else throw error;
    }
  }
}

/** Links whose ends both existed before this run, and which Jira already has, are done. */
function markExistingLinks(plan: Plan, outcomes: RunOutcomes, prep: Preparation): void {
  const pairs = new Set([...prep.existing.values()].flatMap((i) => i.linkPairs));
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
