/**
 * What the executor runs against. Production uses the defaults (Forge KVS, the `bb-runs` queue,
 * `requestJira` as the user or the app); tests and the benchmark swap pieces with
 * `configureExecutor`.
 */
import { getAppContext } from '@forge/api';
import { forgeKvs, type KeyValueStore } from '../storage/run-kvs';
import type { JiraRequestOptions } from './jira-request';
import { transportFor, type Actor, type JiraTransport } from './jira-transport';
import { forgeRunQueue, type RunQueue } from './run-queue';

export interface ExecutorConfig {
  kv: KeyValueStore;
  queue: RunQueue;
  transport: (actor: Actor) => JiraTransport;
  /** Bulk creates and link posts in flight at once. Jira Cloud rate-limits per user; keep it small. */
  concurrency: number;
  /** Request options passed to every Jira client the executor makes (retry policy, sleep, clock). */
  request: Omit<JiraRequestOptions, 'transport' | 'onAttempt' | 'deadline'>;
  now: () => number;
  /** Time an inline run may use before it hands the rest to the queue (resolvers stop at 25 s). */
  inlineBudgetMs: number;
  /** Same for the consumer (Forge stops it at 900 s). */
  consumerBudgetMs: number;
}

function defaults(): ExecutorConfig {
  return {
    kv: forgeKvs,
    queue: forgeRunQueue(),
    transport: transportFor,
    concurrency: 4,
    request: {},
    now: Date.now,
    inlineBudgetMs: 20_000,
    consumerBudgetMs: 840_000,
  };
}

let current: ExecutorConfig | undefined;

export function executorConfig(): ExecutorConfig {
  current ??= defaults();
  return current;
}

/** Overrides parts of the executor's environment (tests, benchmark). */
export function configureExecutor(overrides: Partial<ExecutorConfig>): void {
  current = { ...executorConfig(), ...overrides };
}

export function resetExecutorConfig(): void {
  current = undefined;
}

/** Time kept back from Forge's own limit for the final save and the answer to the caller. */
const PLATFORM_MARGIN_MS = 5_000;

/**
 * When this invocation must stop starting requests: the configured budget, or less when Forge
 * says less time remains (`invocationRemainingTimeInMillis`), minus a margin.
 */
export function invocationDeadline(budgetMs: number): number {
  const { now } = executorConfig();
  let remaining = budgetMs;
  try {
    remaining = Math.min(
      budgetMs,
      getAppContext().invocationRemainingTimeInMillis() - PLATFORM_MARGIN_MS,
    );
  } catch {
    // Outside a Forge invocation (scripts, unit tests): the budget alone applies.
  }
  return now() + Math.max(0, remaining);
}
