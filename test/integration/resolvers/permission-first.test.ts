/**
 * Every resolver that refuses on a Jira permission asks for it before it reads anything: a
 * person who may not act learns nothing from app storage or Jira, and leaves nothing behind.
 * The app environment is instrumented (`instrumented-app.ts`): each storage operation and Jira
 * request is recorded in order, with Jira's permission answers told apart from reads.
 */
import { RESOLVER_KEYS, type ResolverKey } from '../../../src/contract';
import {
  startInstrumentedApp,
  type AppEvent,
  type InstrumentedApp,
} from '../../support/instrumented-app';
import { caller, seedAppData, validPayload, type Caller } from '../../support/resolver-calls';

// A busy machine is slow to start the local stand-in: a generous limit, so no outcome hangs on speed.
jest.setTimeout(120_000);

/**
 * The resolvers a viewer (who holds none of Edit, Create, Delete issues or Administer projects)
 * is refused by a permission: the list is pinned so a check that disappears fails here too.
 */
const GATED: readonly ResolverKey[] = [
  'draft/save',
  'template/save',
  'template/delete',
  'template/set-default',
  'template/restore',
  'template/import',
  'plan/preview',
  'plan/item-description',
  'plan/apply',
  'plan/export',
  'epic/apply',
  'run/undo',
];

/**
 * Cancel and resume belong to the person who started the run: who that is is in the run
 * record, so those refusals come after reading it. They must still change nothing.
 */
const OWNER_ONLY: readonly ResolverKey[] = ['run/cancel', 'run/resume'];

const isWrite = (event: AppEvent) =>
  (event.kind === 'storage' && event.op !== 'get' && event.op !== 'list') ||
  (event.kind === 'jira' && event.method !== 'GET');

const describeEvent = (event: AppEvent) =>
  event.kind === 'storage'
    ? `storage ${event.op} ${event.key}`
    : event.kind === 'permission'
      ? `permission ${event.path}`
      : `jira ${event.method} ${event.path}`;

let app: InstrumentedApp;
let calls: Caller;
let runId: string;

beforeAll(async () => {
  app = await startInstrumentedApp();
  calls = caller(app.forge);
  ({ runId } = await seedAppData(calls));
});
afterAll(() => app.forge.stop());

/** Calls `key` as `user` and answers the code (or ok) and what the app did meanwhile. */
async function observe(key: ResolverKey, user: 'viewer' | 'admin') {
  app.events.length = 0;
  const answer = await calls.call(key, user, validPayload(key, runId));
  const events = app.events.splice(0);
  const reason = answer.ok
    ? undefined
    : (answer.error.details as { reason?: string } | undefined)?.reason;
  return { code: answer.ok ? 'ok' : answer.error.code, reason, events };
}

describe('permission checks come before any data is read', () => {
  it('refuses a viewer every gated resolver having asked Jira only what the viewer may do', async () => {
    const refused: ResolverKey[] = [];
    for (const key of RESOLVER_KEYS) {
      const { code, reason, events } = await observe(key, 'viewer');
      if (code !== 'FORBIDDEN') continue;
      if (reason === 'NOT_RUN_OWNER') {
        expect({ key, writes: events.filter(isWrite).map(describeEvent) }).toEqual({
          key,
          writes: [],
        });
        continue;
      }
      refused.push(key);
      expect({ key, beforeRefusal: events.map(describeEvent) }).toEqual({
        key,
        beforeRefusal: events.filter((event) => event.kind === 'permission').map(describeEvent),
      });
      expect(events.length).toBeGreaterThan(0);
    }
    expect(refused.sort()).toEqual([...GATED].sort());
  });

  it.each(GATED)('%s asks its permission first for someone who holds it', async (key) => {
    const { events } = await observe(key, 'admin');
    expect(events.length).toBeGreaterThan(0);
    expect(describeEvent(events[0]!)).toMatch(/^permission /);
  });

  it('refuses the run’s owner-only actions to others without changing anything', async () => {
    for (const key of OWNER_ONLY) {
      const { code, reason, events } = await observe(key, 'viewer');
      expect({ key, code, reason }).toEqual({ key, code: 'FORBIDDEN', reason: 'NOT_RUN_OWNER' });
      expect(events.filter(isWrite)).toEqual([]);
    }
  });
});
