/**
 * The local Forge stand-in for integration tests: a Jira emulator on a free loopback port, a
 * fresh KVS store and queue, and `__forge_fetch__` installed, so app code under test calls Jira,
 * KVS and queues through the real Forge libraries.
 *
 * One instance per Jest test file at a time (the Forge globals are per file's sandbox, so
 * parallel workers and other files never see each other's instance); call `stop()` in `afterAll`.
 */
import { randomUUID } from 'node:crypto';
import {
  createJiraEmulator,
  type JiraEmulator,
  type JiraEmulatorOptions,
} from '../../dev/emulator';
import { SEED_USERS, type SeedUserRole } from '../../dev/emulator/seed';
import { assertSpecConformingTraffic } from './spec-conformance';
import { installForgeFetch } from '../../dev/runtime/forge-fetch';
import {
  createFunctionRuntime,
  type ActionInvokeRequest,
  type FunctionRuntime,
  type InvokeRequest,
} from '../../dev/runtime/function-runtime';
import { runWithInvocation } from '../../dev/runtime/invocation';
import { emulatorTarget, type JiraTarget } from '../../dev/runtime/jira-target';
import { KvsStore, type KvsStoreOptions } from '../../dev/runtime/kvs-store';
import { LocalQueue, type QueueConsumer } from '../../dev/runtime/local-queue';

export interface LocalForgeOptions {
  /** The handlers module (e.g. `src/index.ts`); required for `invoke`. */
  readonly handlers?: Readonly<Record<string, unknown>>;
  /** With `handlers`: queue key → consumer export name, e.g. `{ 'bb-runs': 'runConsumer' }`. */
  readonly queueConsumers?: Readonly<Record<string, string>>;
  /** Without `handlers`: consumer functions per queue key. */
  readonly consumers?: Readonly<Record<string, QueueConsumer>>;
  readonly kvs?: KvsStoreOptions;
  readonly emulator?: JiraEmulatorOptions;
  readonly consumerTimeoutMs?: number;
  readonly resolverTimeoutMs?: number;
  /** Milliseconds per second of queue delays and retry waits; 0 (immediate) unless set. */
  readonly queueMsPerSecond?: number;
}

export interface LocalForge {
  readonly emulator: JiraEmulator;
  readonly jira: JiraTarget;
  readonly kvs: KvsStore;
  readonly queue: LocalQueue;
  /** Runs app code as a seeded user: `asUser()` inside `fn` acts for that user. */
  runAs<T>(user: SeedUserRole, fn: () => T | Promise<T>): Promise<T>;
  /** Calls a resolver like the host page does; needs `handlers`. */
  invoke(request: InvokeRequest): Promise<unknown>;
  /** Calls an action's function as Automation or Rovo does; needs `handlers`. */
  invokeAction(request: ActionInvokeRequest): Promise<unknown>;
  /** Stops the queue (waiting for running consumers), the emulator, and removes the globals. */
  stop(): Promise<void>;
}

interface Installed {
  readonly kvs: KvsStore;
  readonly queue: LocalQueue;
  readonly runtime?: FunctionRuntime;
  close(): Promise<void>;
}

function install(options: LocalForgeOptions, jira: JiraTarget): Installed {
  const kvs = new KvsStore(options.kvs);
  const msPerSecond = options.queueMsPerSecond ?? 0;
  if (options.handlers) {
    const runtime = createFunctionRuntime({
      handlers: options.handlers,
      jira,
      kvs,
      queueMsPerSecond: msPerSecond,
      ...(options.queueConsumers ? { queueConsumers: options.queueConsumers } : {}),
      ...(options.consumerTimeoutMs === undefined
        ? {}
        : { consumerTimeoutMs: options.consumerTimeoutMs }),
      ...(options.resolverTimeoutMs === undefined
        ? {}
        : { resolverTimeoutMs: options.resolverTimeoutMs }),
    });
    return { kvs, queue: runtime.queue, runtime, close: () => runtime.close() };
  }
  const queue = new LocalQueue({
    msPerSecond,
    ...(options.consumers ? { consumers: options.consumers } : {}),
    ...(options.consumerTimeoutMs === undefined
      ? {}
      : { consumerTimeoutMs: options.consumerTimeoutMs }),
  });
  const forgeFetch = installForgeFetch({ jira, kvs, queue });
  return {
    kvs,
    queue,
    async close() {
      await queue.close();
      forgeFetch.uninstall();
    },
  };
}

export async function startLocalForge(options: LocalForgeOptions = {}): Promise<LocalForge> {
  const emulator = createJiraEmulator(options.emulator);
  const jira = emulatorTarget(await emulator.listen(0));
  let installed: Installed;
  try {
    installed = install(options, jira);
  } catch (error) {
    await emulator.close();
    throw error;
  }
  const { kvs, queue, runtime } = installed;
  return {
    emulator,
    jira,
    kvs,
    queue,
    runAs: (user, fn) =>
      runWithInvocation(
        { accountId: SEED_USERS[user].accountId, kind: 'direct', invocationId: randomUUID() },
        async () => fn(),
      ),
    invoke(request) {
      if (!runtime) {
        return Promise.reject(
          new Error('startLocalForge() was given no handlers, so there is nothing to invoke.'),
        );
      }
      return runtime.invoke(request);
    },
    invokeAction(request) {
      if (!runtime) {
        return Promise.reject(
          new Error('startLocalForge() was given no handlers, so there is no action to call.'),
        );
      }
      return runtime.invokeAction(request);
    },
    async stop() {
      await installed.close();
      await emulator.close();
      assertSpecConformingTraffic(emulator);
    },
  };
}
