/**
 * The app built from an instrumented app environment, on the local Forge stand-in: every
 * storage operation and Jira request the handlers make is recorded in order (permission asks
 * told apart from reads), and storage can be made to fail. Built with the app's own builder
 * (`appEnvironment`) and overrides, as `src/index.ts` builds it.
 */
import { createApp } from '../../src/app';
import { appEnvironment, type AppEnvironment } from '../../src/app-environment';
import type { Actor } from '../../src/jira/jira-transport';
import { transportFor } from '../../src/jira/jira-transport';
import { forgeKvs, type KeyValueStore } from '../../src/storage/run-kvs';
import { startLocalForge, type LocalForge } from './local-forge';

/** What the handlers did, in order. */
export type AppEvent =
  | { kind: 'storage'; op: keyof KeyValueStore; key: string }
  | { kind: 'permission'; path: string }
  | { kind: 'jira'; method: string; path: string };

/** Which storage operations fail (a KVS outage or throttle), or none. */
export type StorageFault = 'none' | 'every' | 'claim';

export interface InstrumentedApp {
  forge: LocalForge;
  env: AppEnvironment;
  events: AppEvent[];
  fault: { mode: StorageFault };
}

/**
 * Jira's answers to "what may I do": `mypermissions` (project and global) and
 * `permissions/check`. Everything else the app asks Jira is a read or a write of data.
 */
const PERMISSION_PATHS = [
  /^\/rest\/api\/3\/mypermissions\b/,
  /^\/rest\/api\/3\/permissions\/check\b/,
];

/** A KVS outage as `@forge/kvs` reports one: a 503 from the service. */
export class KvsOutage extends Error {
  readonly responseDetails = { status: 503, statusText: 'Service Unavailable' };
  constructor(op: string) {
    super(`KVS did not answer ${op} (503)`);
  }
}

function recordingStorage(
  kv: KeyValueStore,
  events: AppEvent[],
  fault: { mode: StorageFault },
): KeyValueStore {
  const around =
    <A extends unknown[], R>(
      op: keyof KeyValueStore,
      call: (key: string, ...rest: A) => Promise<R>,
    ) =>
    (key: string, ...rest: A): Promise<R> => {
      events.push({ kind: 'storage', op, key });
      if (fault.mode === 'every' || (fault.mode === 'claim' && op === 'claim')) {
        return Promise.reject(new KvsOutage(op));
      }
      return call(key, ...rest);
    };
  return {
    get: <T>(key: string) => around('get', (k) => kv.get<T>(k))(key),
    set: around('set', (key, value: unknown) => kv.set(key, value)),
    delete: around('delete', (key) => kv.delete(key)),
    claim: around('claim', (key, value: unknown, options?: { ttlDays?: number }) =>
      kv.claim(key, value, options),
    ),
    list: <T>(prefix: string, cursor?: string) =>
      around('list', (p, c?: string) => kv.list<T>(p, c))(prefix, cursor),
  };
}

export async function startInstrumentedApp(): Promise<InstrumentedApp> {
  const events: AppEvent[] = [];
  const fault: { mode: StorageFault } = { mode: 'none' };
  const env = appEnvironment({
    kv: recordingStorage(forgeKvs, events, fault),
    transport: (actor: Actor) => {
      const send = transportFor(actor);
      return (route, init) => {
        const path = route.value;
        events.push(
          PERMISSION_PATHS.some((pattern) => pattern.test(path))
            ? { kind: 'permission', path }
            : { kind: 'jira', method: init.method ?? 'GET', path },
        );
        return send(route, init);
      };
    },
    // Runs stay in the invocation: what a resolver does is all recorded before it answers.
    runMode: 'inline',
    invocationRemainingMs: () => undefined,
  });
  const app = createApp(env, { answers: 'always' });
  const forge = await startLocalForge({
    handlers: { handler: app.handler, runConsumer: app.runConsumer },
    queueConsumers: { 'bb-runs': 'runConsumer' },
  });
  return { forge, env, events, fault };
}
