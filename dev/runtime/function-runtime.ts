import { randomUUID } from 'node:crypto';
import { installForgeFetch } from './forge-fetch';
import { runWithInvocation } from './invocation';
import { InvocationContext } from './invocation-context';
import type { JiraTarget } from './jira-target';
import { KvsStore } from './kvs-store';
import { DEFAULT_LOCAL_APP, installContextOf, type LocalApp } from './local-app';
import { LocalQueue, type QueueConsumer } from './local-queue';

export { InvocationContext } from './invocation-context';

/** One resolver call as the host page's bridge or a script makes it. */
export interface InvokeRequest {
  /** The resolver key passed to `invoke()` from `@forge/bridge`. */
  readonly functionKey: string;
  readonly payload?: unknown;
  /** The simulated Custom UI context; its `accountId` is who Forge would say is calling. */
  readonly context: InvocationContext;
}

/**
 * One call of a Forge function that an `action` module names, as Automation or Rovo makes it:
 * the function gets `(payload, context)` (developer.atlassian.com/platform/forge/function-reference/arguments),
 * the payload being the action's inputs (plus, from Rovo, its own `context` object).
 */
export interface ActionInvokeRequest {
  /** The `src/index.ts` export the action's function names (`index.<export>` in manifest.yml). */
  readonly handlerExport: string;
  readonly payload: unknown;
  /** The person the action acts for: the rule's actor, or the person chatting with the agent. */
  readonly accountId: string;
}

export interface FunctionRuntimeOptions {
  /** The module object of `src/index.ts`; `handler` is the `@forge/resolver` definitions export. */
  readonly handlers: Readonly<Record<string, unknown>>;
  readonly jira: JiraTarget;
  /** Defaults to a fresh in-memory store. */
  readonly kvs?: KvsStore;
  /** Queue key → name of the handler export that consumes it, e.g. `{ 'bb-runs': 'runConsumer' }`. */
  readonly queueConsumers?: Readonly<Record<string, string>>;
  readonly app?: LocalApp;
  /** Forge stops a resolver after 25 s. */
  readonly resolverTimeoutMs?: number;
  /** Forge stops a queue consumer after 900 s. */
  readonly consumerTimeoutMs?: number;
  /** Milliseconds per second of queue delays and retry waits (1000 like Forge; 0 in tests). */
  readonly queueMsPerSecond?: number;
}

export interface FunctionRuntime {
  invoke(request: InvokeRequest): Promise<unknown>;
  /** Calls an action's function as Forge does for Automation and Rovo; answers what it returns. */
  invokeAction(request: ActionInvokeRequest): Promise<unknown>;
  readonly queue: LocalQueue;
  readonly kvs: KvsStore;
  readonly jira: JiraTarget;
  /** Stops the queue (waiting for running consumers) and removes the Forge globals. */
  close(): Promise<void>;
}

/** The handlers module lacks an export the runtime was told to call. */
export class MissingHandlerError extends Error {
  override readonly name = 'MissingHandlerError';
}

/** The simulated invocation context is not one Forge would send. */
export class InvalidInvocationContextError extends Error {
  override readonly name = 'InvalidInvocationContextError';
}

/** The payload is not one the bridge could carry as JSON (it nests too deep). */
export class InvalidPayloadError extends Error {
  override readonly name = 'InvalidPayloadError';
}

/**
 * How deep a payload may nest. JSON.stringify recurses and overflows the stack a few thousand
 * levels down; no resolver input comes near this, so deeper is refused before the round trip.
 */
export const MAX_PAYLOAD_DEPTH = 256;

/** Whether `value` nests deeper than `max` arrays/objects, counted without recursion. */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const [next, depth] = entry;
    if (typeof next !== 'object' || next === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(next)) pending.push([child, depth + 1]);
  }
  return false;
}

/** The resolver ran past Forge's time limit; Forge would have stopped the function. */
export class ResolverTimeoutError extends Error {
  override readonly name = 'ResolverTimeoutError';
}

type ResolverDefinitions = (
  request: { call: { functionKey: string; payload?: unknown }; context: Record<string, unknown> },
  backendRuntimePayload: Record<string, unknown>,
) => Promise<unknown>;

function functionExport(
  handlers: Readonly<Record<string, unknown>>,
  name: string,
  role: string,
): (...args: never[]) => unknown {
  const handler = handlers[name];
  if (typeof handler !== 'function') {
    throw new MissingHandlerError(
      `The handlers module has no function export "${name}" (${role}).`,
    );
  }
  return handler as (...args: never[]) => unknown;
}

/** Rejects after `ms` unless `work` settles first; the timer never outlives the race. */
async function within<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Hosts the app's unmodified handlers in this process: installs what Forge's runtime provides
 * (`__forge_fetch__`, `__forge_runtime__`) and calls resolvers the way Forge does.
 */
export function createFunctionRuntime(options: FunctionRuntimeOptions): FunctionRuntime {
  const app = options.app ?? DEFAULT_LOCAL_APP;
  const resolve = functionExport(
    options.handlers,
    'handler',
    'resolver definitions',
  ) as ResolverDefinitions;
  const consumers: Record<string, QueueConsumer> = {};
  for (const [queueName, exportName] of Object.entries(options.queueConsumers ?? {})) {
    consumers[queueName] = functionExport(
      options.handlers,
      exportName,
      `consumer of queue ${queueName}`,
    ) as QueueConsumer;
  }
  const kvs = options.kvs ?? new KvsStore();
  const queue = new LocalQueue({
    consumers,
    installContext: installContextOf(app.cloudId),
    ...(options.consumerTimeoutMs === undefined
      ? {}
      : { consumerTimeoutMs: options.consumerTimeoutMs }),
    ...(options.queueMsPerSecond === undefined ? {} : { msPerSecond: options.queueMsPerSecond }),
  });
  const forgeFetch = installForgeFetch({ jira: options.jira, kvs, queue, app });
  const resolverTimeoutMs = options.resolverTimeoutMs ?? 25_000;

  async function invoke(request: InvokeRequest): Promise<unknown> {
    const parsed = InvocationContext.safeParse(request.context);
    if (!parsed.success) {
      throw new InvalidInvocationContextError(
        `Invalid invocation context: ${parsed.error.message}`,
      );
    }
    const context = parsed.data;
    const installContext = installContextOf(context.cloudId);
    if (nestsDeeperThan(request.payload, MAX_PAYLOAD_DEPTH)) {
      throw new InvalidPayloadError(
        `The payload nests deeper than ${MAX_PAYLOAD_DEPTH} levels; no resolver takes that.`,
      );
    }
    // The bridge sends the payload as JSON; a resolver never sees the caller's objects.
    const payload: unknown =
      request.payload === undefined ? undefined : JSON.parse(JSON.stringify(request.payload));
    const invocation = {
      accountId: context.accountId,
      kind: 'resolver' as const,
      context,
      deadline: Date.now() + resolverTimeoutMs,
      invocationId: randomUUID(),
    };
    const work = runWithInvocation(invocation, () =>
      resolve(
        {
          call: { functionKey: request.functionKey, payload },
          context: {
            ...context,
            installContext,
            environmentId: app.environmentId,
            environmentType: app.environmentType,
          },
        },
        // @forge/resolver takes the caller's accountId from the platform's principal, not from the context.
        { principal: { accountId: context.accountId }, installContext },
      ),
    );
    return within(
      work,
      resolverTimeoutMs,
      () =>
        new ResolverTimeoutError(
          `Resolver "${request.functionKey}" ran longer than ${resolverTimeoutMs} ms.`,
        ),
    );
  }

  async function invokeAction(request: ActionInvokeRequest): Promise<unknown> {
    const handler = functionExport(options.handlers, request.handlerExport, 'action function') as (
      payload: unknown,
      context: unknown,
    ) => Promise<unknown>;
    if (nestsDeeperThan(request.payload, MAX_PAYLOAD_DEPTH)) {
      throw new InvalidPayloadError(
        `The payload nests deeper than ${MAX_PAYLOAD_DEPTH} levels; no action takes that.`,
      );
    }
    const payload: unknown =
      request.payload === undefined ? {} : JSON.parse(JSON.stringify(request.payload));
    const installContext = installContextOf(app.cloudId);
    const invocation = {
      accountId: request.accountId,
      kind: 'action' as const,
      deadline: Date.now() + resolverTimeoutMs,
      invocationId: randomUUID(),
    };
    const work = runWithInvocation(invocation, () =>
      handler(payload, { principal: { accountId: request.accountId }, installContext }),
    );
    const answer = await within(
      work,
      resolverTimeoutMs,
      () =>
        new ResolverTimeoutError(
          `Action function "${request.handlerExport}" ran longer than ${resolverTimeoutMs} ms.`,
        ),
    );
    // Forge hands the answer back as JSON, as it does a resolver's.
    return answer === undefined ? null : (JSON.parse(JSON.stringify(answer)) as unknown);
  }

  return {
    invoke,
    invokeAction,
    queue,
    kvs,
    jira: options.jira,
    async close() {
      await queue.close();
      forgeFetch.uninstall();
    },
  };
}
