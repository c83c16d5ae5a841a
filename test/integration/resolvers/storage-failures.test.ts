/**
 * App storage not answering (a KVS outage or throttle) is an error of its own, for every
 * resolver: STORAGE_UNAVAILABLE ("Jira's app storage did not answer, nothing was lost"), safe to
 * retry, never a conflict with a colleague's save, and nothing changed in storage or in Jira.
 */
import { RESOLVER_KEYS, type ResolverKey } from '../../../src/contract';
import { STORAGE_UNAVAILABLE_MESSAGE } from '../../../src/storage/storage-errors';
import { startInstrumentedApp, type InstrumentedApp } from '../../support/instrumented-app';
import {
  caller,
  KEPT_TEMPLATE,
  seedAppData,
  validPayload,
  type Caller,
} from '../../support/resolver-calls';

// A busy machine is slow to start the local stand-in: a generous limit, so no outcome hangs on speed.
jest.setTimeout(120_000);

/** The resolvers that never touch app storage (they read a pasted document or Jira alone). */
const STORAGE_FREE: readonly ResolverKey[] = ['scoping/import-openapi', 'template/screens'];

let app: InstrumentedApp;
let calls: Caller;
let runId: string;

beforeAll(async () => {
  app = await startInstrumentedApp();
  calls = caller(app.forge);
  ({ runId } = await seedAppData(calls));
});
afterAll(() => app.forge.stop());
afterEach(() => {
  app.fault.mode = 'none';
});

/** What the world holds: app storage, and every issue of the site. */
const world = () => ({
  storage: JSON.stringify(app.forge.kvs.snapshot()),
  issues: JSON.stringify(app.forge.emulator.issues()),
});

const STORAGE_UNAVAILABLE = {
  ok: false,
  error: {
    code: 'STORAGE_UNAVAILABLE',
    message: STORAGE_UNAVAILABLE_MESSAGE,
    details: { retryable: true },
  },
};

describe('a storage outage', () => {
  it.each(RESOLVER_KEYS.filter((key) => !STORAGE_FREE.includes(key)))(
    '%s answers STORAGE_UNAVAILABLE and changes nothing',
    async (key) => {
      const before = world();
      app.fault.mode = 'every';
      app.events.length = 0;
      const answer = await calls.call(key, 'admin', validPayload(key, runId));
      expect(app.events.some((event) => event.kind === 'storage')).toBe(true);
      expect(answer).toEqual(STORAGE_UNAVAILABLE);
      expect(world()).toEqual(before);
      expect(app.events.filter((e) => e.kind === 'jira' && e.method !== 'GET')).toEqual([]);
    },
  );

  it.each(STORAGE_FREE)('%s does not touch storage, so it still answers', async (key) => {
    app.fault.mode = 'every';
    app.events.length = 0;
    const answer = await calls.call(key, 'admin', validPayload(key, runId));
    expect(app.events.filter((event) => event.kind === 'storage')).toEqual([]);
    expect(answer.ok).toBe(true);
  });
});

describe('a version claim that storage did not answer', () => {
  it('is not a conflict for a draft save: nothing is saved, and the same save succeeds after', async () => {
    const current = await calls.call('draft/get', 'admin');
    if (!current.ok) throw new Error(current.error.message);
    const { version } = current.data as { version: number };
    const payload = validPayload('draft/save', runId, version);
    const before = world();
    app.fault.mode = 'claim';
    expect(await calls.call('draft/save', 'admin', payload)).toEqual(STORAGE_UNAVAILABLE);
    expect(world()).toEqual(before);
    app.fault.mode = 'none';
    const retried = await calls.call('draft/save', 'admin', payload);
    expect(retried).toMatchObject({ ok: true, data: { version: version + 1 } });
  });

  it('is not a conflict for a template save: nothing is saved, and the same save succeeds after', async () => {
    const current = await calls.call('template/get', 'admin', { templateId: KEPT_TEMPLATE });
    if (!current.ok) throw new Error(current.error.message);
    const { version } = current.data as { version: number };
    const payload = {
      ...(validPayload('template/save', runId) as object),
      baseVersion: version,
    };
    const before = world();
    app.fault.mode = 'claim';
    expect(await calls.call('template/save', 'admin', payload)).toEqual(STORAGE_UNAVAILABLE);
    expect(world()).toEqual(before);
    app.fault.mode = 'none';
    const retried = await calls.call('template/save', 'admin', payload);
    expect(retried).toMatchObject({ ok: true, data: { version: version + 1 } });
  });
});
