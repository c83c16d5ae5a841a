import type { JiraTarget } from './jira-target';
import { currentInvocation } from './invocation';
import type { KvsStore } from './kvs-store';
import { DEFAULT_LOCAL_APP, type LocalApp } from './local-app';
import type { LocalQueue } from './local-queue';

/** The first argument `@forge/api` 8.3.0 and `@forge/kvs` 1.6.5 pass to `__forge_fetch__`. */
export interface ForgeFetchTarget {
  readonly type: string;
  readonly provider?: string;
  readonly remote?: string;
  readonly accountId?: string;
  readonly contextAri?: string;
}

export type ForgeFetch = (
  target: ForgeFetchTarget,
  path: string,
  init?: RequestInit,
) => Promise<Response>;

export interface ForgeFetchDeps {
  readonly jira: JiraTarget;
  readonly kvs: KvsStore;
  readonly queue: LocalQueue;
  readonly app?: LocalApp;
}

/** A platform call the local runtime does not emulate; failing loudly beats a silent stub. */
export class UnroutableForgeCallError extends Error {
  override readonly name = 'UnroutableForgeCallError';
}

/** The runtime-provided functions the Forge libraries look up on the global object. */
interface ForgeGlobals {
  __forge_fetch__?: ForgeFetch;
  __forge_runtime__?: unknown;
}

const forgeGlobals = globalThis as typeof globalThis & ForgeGlobals;

// Async-event paths are posted with their `{contextAri}/...` placeholders left for Forge's
// proxy to fill in (@forge/events out/queries.js), so only the prefix identifies them.
const QUEUE_PATHS = {
  publish: '/webhook/queue/publish/',
  stats: '/webhook/queue/stats/',
  cancel: '/webhook/queue/cancel/',
} as const;

function jsonBody(init: RequestInit | undefined): unknown {
  try {
    return typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function describe(target: ForgeFetchTarget, path: string): string {
  const parts = [
    `type=${target.type}`,
    `provider=${target.provider ?? '-'}`,
    `remote=${target.remote ?? '-'}`,
  ];
  return `${parts.join(' ')} path=${path}`;
}

function routeQueue(
  queue: LocalQueue,
  path: string,
  init: RequestInit | undefined,
): Response | undefined {
  if (path.startsWith(QUEUE_PATHS.publish))
    return queue.publish(jsonBody(init), currentInvocation());
  if (path.startsWith(QUEUE_PATHS.stats)) return queue.stats(jsonBody(init));
  if (path.startsWith(QUEUE_PATHS.cancel)) return queue.cancel(jsonBody(init));
  return undefined;
}

/** `privacy.reportPersonalData` (`@forge/api` out/privacy): Atlassian's personal data reporting API. */
const REPORT_ACCOUNTS_PATH = '/app/report-accounts';

/**
 * The emulator serves the reporting API as documented (dev/emulator/README.md); a real site has no
 * such endpoint for an API token, so there the call fails loudly instead of reaching the site.
 */
function reportAccounts(
  jira: JiraTarget,
  path: string,
  init: RequestInit | undefined,
): Promise<Response> {
  if (jira.kind !== 'emulator') {
    throw new UnroutableForgeCallError(
      `The personal data reporting API (${path}) is emulated only with the Jira emulator; ` +
        `a real site answers it only to a deployed app.`,
    );
  }
  return jira.request({ provider: 'app', path, ...(init === undefined ? {} : { init }) });
}

/** Routes each platform call: Jira to the Jira target, KVS to the store, queue calls to the queue. */
export function createForgeFetch(deps: ForgeFetchDeps): ForgeFetch {
  return async (target, path, init) => {
    if (target.type === 'kvs') return deps.kvs.handle(path, init);
    if (target.type === 'fpp' && target.remote === 'jira') {
      if (target.provider === 'user' || target.provider === 'app') {
        return deps.jira.request({
          provider: target.provider,
          ...(target.accountId === undefined ? {} : { accountId: target.accountId }),
          path,
          ...(init === undefined ? {} : { init }),
        });
      }
      throw new UnroutableForgeCallError(
        `requestJira without asUser() or asApp() is not emulated (${describe(target, path)}).`,
      );
    }
    if (target.type === 'fpp' && target.remote === 'stargate' && target.provider === 'app') {
      const answer = routeQueue(deps.queue, path, init);
      if (answer) return answer;
      if (path.startsWith(REPORT_ACCOUNTS_PATH)) return reportAccounts(deps.jira, path, init);
    }
    throw new UnroutableForgeCallError(
      `The local Forge runtime has no route for ${describe(target, path)}; ` +
        `it emulates Jira (asUser/asApp), KVS, async-event queues and personal data reports only.`,
    );
  };
}

const noopMetric = { incr: () => undefined, measure: () => ({ stop: () => undefined }) };

/**
 * What `global.__forge_runtime__` must hold for `getAppContext()`: the app's ids, and per
 * invocation its id, module key and remaining time. It has no `kvs` entry on purpose: without
 * one, `@forge/kvs` sends its calls to `__forge_fetch__` with `{ type: 'kvs', provider: 'app' }`.
 */
function forgeRuntime(app: LocalApp): object {
  return {
    get appContext() {
      const invocation = currentInvocation();
      return {
        appId: app.appId,
        appVersion: app.appVersion,
        environmentId: app.environmentId,
        environmentType: app.environmentType,
        installationId: app.installationId,
        invocationId: invocation?.invocationId ?? 'local-direct-call',
        moduleKey: invocation?.context?.moduleKey,
      };
    },
    get lambdaContext() {
      // Bound to the invocation that reads it, as a Lambda context is: the function getAppContext()
      // returns may be called later, outside that invocation.
      // Outside a timed invocation (scripts, tests calling app code directly) assume a resolver's 25 s.
      const deadline = currentInvocation()?.deadline ?? Date.now() + 25_000;
      return { getRemainingTimeInMillis: (): number => Math.max(0, deadline - Date.now()) };
    },
    metrics: { counter: () => noopMetric, timing: () => noopMetric },
  };
}

export interface InstalledForgeFetch {
  readonly fetch: ForgeFetch;
  /** Removes the globals again, so another runtime can be installed. */
  uninstall(): void;
}

/**
 * Installs `global.__forge_fetch__` and `global.__forge_runtime__` for this process (for a Jest
 * test file: for that file's sandbox). One runtime at a time: a second install fails loudly.
 */
export function installForgeFetch(deps: ForgeFetchDeps): InstalledForgeFetch {
  if (forgeGlobals.__forge_fetch__ !== undefined) {
    throw new Error(
      'global.__forge_fetch__ is already installed: close the other local Forge runtime in this process first.',
    );
  }
  const fetch = createForgeFetch(deps);
  forgeGlobals.__forge_fetch__ = fetch;
  forgeGlobals.__forge_runtime__ = forgeRuntime(deps.app ?? DEFAULT_LOCAL_APP);
  return {
    fetch,
    uninstall() {
      if (forgeGlobals.__forge_fetch__ !== fetch) return;
      delete forgeGlobals.__forge_fetch__;
      delete forgeGlobals.__forge_runtime__;
    },
  };
}
