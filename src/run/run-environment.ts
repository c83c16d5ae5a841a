/**
 * What the run stage needs from the world, passed in as one value: where runs are stored (and
 * the stores over it, built once), the queue, how to reach Jira, the clock, ids, and the limits.
 * It is the run stage's part of the app environment (`src/app-environment.ts`), which production
 * builds once per handler module; tests, the benchmark and the dev host build theirs with the
 * same builder and overrides, so nothing in the executor reads module-level configuration.
 */
import { randomUUID } from 'node:crypto';
import { getAppContext } from '@forge/api';
import { createJiraClient, type JiraClient } from '../jira/jira-client';
import type { JiraRequestOptions } from '../jira/jira-request';
import { transportFor, type Actor, type JiraTransport } from '../jira/jira-transport';
import { forgeKvs, type KeyValueStore } from '../storage/run-kvs';
import { namingStorageErrors } from '../storage/storage-errors';
import { createPlanClaims, type PlanClaims } from './records/plan-claim';
import { forgeRunQueue, type RunQueue } from './run-queue';
import {
  createLatestRunIndex,
  createRunStore,
  type LatestRunIndex,
  type RunStore,
} from './records/run-store';

/** How long to give Jira's search index before believing an unanswered create did not happen. */
export interface IndexLagPolicy {
  /** First wait after a create whose answer was lost; doubles per further search. */
  firstWaitMs: number;
  /**
   * How long items of a lost create wait for the index before they are sent again. Atlassian
   * documents that search may return stale data after a write, "from a few seconds to minutes …
   * the majority of modifications are shown within seconds"
   * (developer.atlassian.com/cloud/jira/platform/search-and-reconcile). Waits that do not fit in
   * an invocation continue in the queue consumer (a delayed event), so this can be minutes.
   */
  horizonMs: number;
}

export interface RunEnvironment {
  /** App storage, its failures named (`StorageUnavailableError`); the stores below sit on it. */
  kv: KeyValueStore;
  /** Runs and their plans, built once over `kv`. */
  runs: RunStore;
  /** Each plan's latest run. */
  latestRuns: LatestRunIndex;
  /** Who holds a plan (a run under way, an undo), under `leaseMs`. */
  claims: PlanClaims;
  /** A new unique id (a run's); tests may pass a predictable sequence. */
  newId: () => string;
  queue: RunQueue;
  transport: (actor: Actor) => JiraTransport;
  /** Bulk creates and link posts in flight at once. Jira Cloud rate-limits per user; keep it small. */
  concurrency: number;
  /** Retry policy and randomness for every Jira client the run stage makes. */
  request: Pick<JiraRequestOptions, 'retryPolicy' | 'random' | 'onRetryWait'>;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Time an inline run may use before it hands the rest to the queue (resolvers stop at 25 s). */
  inlineBudgetMs: number;
  /** Same for the consumer (Forge stops it at 900 s). */
  consumerBudgetMs: number;
  /** Milliseconds Forge says this invocation has left, or undefined outside one. */
  invocationRemainingMs: () => number | undefined;
  indexLag: IndexLagPolicy;
  /** A claim on a plan (a run under way, an undo) lapses after this long without a heartbeat. */
  leaseMs: number;
  /**
   * Inline or queued: `auto` decides from the plan and the site's round-trip time; tests pass a
   * fixed round-trip time (`assumedLatencyMs`) or force a path, never the loaded machine's clock.
   */
  runMode: 'auto' | 'inline' | 'queued';
  assumedLatencyMs?: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function forgeRemainingMs(): number | undefined {
  try {
    return getAppContext().invocationRemainingTimeInMillis();
  } catch {
    // Outside a Forge invocation (scripts, the dev host before it sets a context).
    return undefined;
  }
}

/** What a run environment is built from; the stores are derived from these unless given. */
export type RunEnvironmentOverrides = Partial<RunEnvironment>;

/**
 * The environment of the deployed app (Forge KVS, the `bb-runs` queue, `requestJira`), with
 * `overrides` in its place. The stores are built once here, over the final `kv`, so a test that
 * hands in its own storage gets stores over it.
 */
export function forgeRunEnvironment(overrides: RunEnvironmentOverrides = {}): RunEnvironment {
  const { runs, latestRuns, claims, ...given } = overrides;
  const settings = {
    queue: forgeRunQueue(),
    transport: transportFor,
    concurrency: 4,
    request: {},
    now: Date.now,
    sleep: realSleep,
    inlineBudgetMs: 20_000,
    consumerBudgetMs: 840_000,
    invocationRemainingMs: forgeRemainingMs,
    indexLag: { firstWaitMs: 500, horizonMs: 180_000 },
    leaseMs: 120_000,
    runMode: 'auto' as const,
    newId: randomUUID,
    ...given,
    kv: namingStorageErrors(given.kv ?? forgeKvs),
  };
  return {
    ...settings,
    runs: runs ?? createRunStore(settings.kv),
    latestRuns: latestRuns ?? createLatestRunIndex(settings.kv),
    claims: claims ?? createPlanClaims(settings.kv, settings),
  };
}

/** A Jira client as `actor` under the environment's clock and retry policy. */
export function jiraClientFor(
  env: RunEnvironment,
  actor: Actor,
  extra: Pick<JiraRequestOptions, 'onAttempt' | 'deadline'> = {},
): JiraClient {
  return createJiraClient({
    ...env.request,
    ...extra,
    now: env.now,
    sleep: env.sleep,
    transport: env.transport(actor),
  });
}

/** Time kept back from Forge's own limit for the final save and the answer to the caller. */
const PLATFORM_MARGIN_MS = 5_000;

/**
 * When this invocation must stop starting requests: the budget, or less when Forge says less
 * time remains, minus a margin.
 */
export function invocationDeadline(env: RunEnvironment, budgetMs: number): number {
  const remaining = env.invocationRemainingMs();
  const usable =
    remaining === undefined ? budgetMs : Math.min(budgetMs, remaining - PLATFORM_MARGIN_MS);
  return env.now() + Math.max(0, usable);
}
