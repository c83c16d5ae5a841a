/**
 * The epic fan-out: a template's sub-tasks under every child of an epic, created through the
 * executor in bulk, exactly once — on a second click, a re-run, lost answers and a lagging search
 * index — and only what is new when the template grows. Children are seeded through the
 * emulator's REST API, as a team's epic would have them.
 */
import { planIdOf } from '../../../src/domain';
import { createResolverDefinitions } from '../../../src/resolvers';
import { getRun, jiraClientFor, resumeRun, type Run, type RunView } from '../../../src/run';
import type { EpicPreview, Envelope, ResolverKey } from '../../../src/contract';
import { SEED_USERS, type SeedUserRole } from '../../../dev/emulator/seed';
import {
  copiesPerLocalId,
  grantAppAdministerJira,
  MEMBER,
  startHarness,
  stopHarness,
  type Harness,
} from './executor-harness';

let epic: { id: string; key: string };
const planId = () => planIdOf({ kind: 'fan-out', issueId: epic.id });
const TEMPLATE = 'backend-service-breakdown';
const BULK = 'POST /rest/api/3/issue/bulk';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => stopHarness(harness));
beforeEach(async () => {
  harness.forge.emulator.reset();
  // The emulator gives ids from the seed again, so runs of an earlier test's epic go too.
  harness.forge.kvs.clear();
  harness.use({});
  grantAppAdministerJira(harness.forge);
  epic = await create({ issuetype: { id: '10000' }, summary: 'Payments platform' });
});

/** One request to Jira's REST API as the admin, as a person editing the epic would send it. */
async function asAdmin(
  method: string,
  path: string,
  body?: unknown,
  expected = 201,
): Promise<Response> {
  const response = await fetch(`${harness.forge.jira.baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      'x-emulator-account-id': SEED_USERS.admin.accountId,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status).toBe(expected);
  return response;
}

/** Creates one issue in SHOP through Jira's REST API, as the admin. */
async function create(fields: Record<string, unknown>): Promise<{ id: string; key: string }> {
  const response = await asAdmin('POST', '/rest/api/3/issue', {
    fields: { project: { id: '10000' }, ...fields },
  });
  return (await response.json()) as { id: string; key: string };
}

/** Creates `count` stories under the epic through Jira's bulk create, as the admin. */
async function seedChildren(count: number, prefix = 'Service'): Promise<string[]> {
  const keys: string[] = [];
  for (let start = 0; start < count; start += 50) {
    const issueUpdates = Array.from({ length: Math.min(50, count - start) }, (_, i) => ({
      fields: {
        project: { id: '10000' },
        issuetype: { id: '10001' },
        summary: `${prefix} ${start + i + 1}`,
        parent: { key: epic.key },
      },
    }));
    const response = await asAdmin('POST', '/rest/api/3/issue/bulk', { issueUpdates });
    const body = (await response.json()) as { issues: { key: string }[] };
    keys.push(...body.issues.map((i) => i.key));
  }
  return keys;
}

/** Calls a resolver as the epic action opened by `user` on `issue` would. */
async function invoke<T>(
  key: ResolverKey,
  payload: unknown,
  options: { user?: SeedUserRole; issue?: { id: string; key: string } } = {},
): Promise<Envelope<T>> {
  const user = options.user ?? 'member';
  const issue = options.issue ?? epic;
  const accountId = SEED_USERS[user].accountId;
  const handler = createResolverDefinitions(harness.env, 'always');
  return harness.forge.runAs(
    user,
    () =>
      handler(
        {
          call: { functionKey: key, payload },
          context: {
            accountId,
            extension: {
              type: 'jira:issueAction',
              issue: { id: issue.id, key: issue.key },
              project: { id: '10000', key: 'SHOP' },
            },
          },
        },
        { principal: { accountId } },
      ) as Promise<Envelope<T>>,
  );
}

async function data<T>(key: ResolverKey, payload: unknown): Promise<T> {
  const answer = await invoke<T>(key, payload);
  if (!answer.ok) throw new Error(`${key}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

const subtasksUnder = (keys: readonly string[]) => {
  const parents = new Set(keys);
  return harness.forge.emulator
    .issues('SHOP')
    .filter((i) => i.issueType.subtask && i.parentKey !== null && parents.has(i.parentKey));
};

function expectEachOnce(children: readonly string[], itemsPerChild: number): void {
  const copies = copiesPerLocalId(harness.forge, 'SHOP', planId());
  expect(copies.size).toBe(children.length * itemsPerChild);
  expect([...copies.values()].filter((n) => n !== 1)).toEqual([]);
  expect(subtasksUnder(children)).toHaveLength(children.length * itemsPerChild);
}

async function untilFinished(started: RunView): Promise<Run> {
  let run: Run = await getRun(harness.env, started.runId);
  for (let resumes = 0; run.status !== 'succeeded' && resumes < 5; resumes++) {
    run = await harness.forge.runAs('member', () => resumeRun(harness.env, started.runId, MEMBER));
  }
  return run;
}

describe('epic fan-out', () => {
  it('creates 120 children × 3 sub-tasks in 8 bulk requests through the queue, with progress, and nothing on a second run', async () => {
    const children = await seedChildren(120);
    const preview = await data<EpicPreview>('epic/preview', { templateId: TEMPLATE });
    expect(preview.rows).toHaveLength(120);
    expect(preview.totals).toMatchObject({ create: 360, exists: 0, adopt: 0, cannot: 0 });
    expect(preview.requests).toMatchObject({ bulkCreates: 8, oneByOne: 360 });

    // Progress as the run records it: every count of created issues saved while it goes.
    const saved: number[] = [];
    const base = harness.env.kv;
    harness.use({
      runMode: 'queued',
      kv: {
        ...base,
        set: async (key, value) => {
          if (key.startsWith('run:') && !key.includes(':', 4))
            saved.push((value as { counts: { created: number } }).counts.created);
          return base.set(key, value);
        },
      },
    });
    harness.forge.emulator.clearLog();
    const started = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    expect(started).toMatchObject({ mode: 'queued', status: 'queued' });
    await harness.forge.queue.drain();

    const run = await getRun(harness.env, started.runId);
    expect(run.status).toBe('succeeded');
    expect(run.counts).toMatchObject({ total: 360, created: 360 });
    expect(harness.forge.emulator.counts()[BULK]).toBeLessThanOrEqual(8);
    expect(saved.some((created) => created > 0 && created < 360)).toBe(true);
    expectEachOnce(children, 3);

    // Child by child, item by item: the first bulk request holds the first children's items.
    const firstChild = harness.forge.emulator.issues('SHOP').find((i) => i.key === children[0]);
    expect(subtasksUnder([children[0]!]).map((i) => i.summary)).toEqual([
      `Define the API contract of ${firstChild!.summary}`,
      `Handle the failures of ${firstChild!.summary}`,
      `Validate ${firstChild!.summary} against its acceptance criteria`,
    ]);

    harness.use({ runMode: 'inline' });
    const again = await data<EpicPreview>('epic/preview', { templateId: TEMPLATE });
    expect(again.totals).toMatchObject({ create: 0, exists: 360 });
    harness.forge.emulator.clearLog();
    const second = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    expect(second.counts).toMatchObject({ created: 0, existed: 360 });
    expect(harness.forge.emulator.counts()[BULK]).toBeUndefined();
    expectEachOnce(children, 3);
  });

  it('creates nothing more when a second apply races the first', async () => {
    const children = await seedChildren(30);
    const [first, second] = await Promise.all([
      data<RunView>('epic/apply', { templateId: TEMPLATE }),
      data<RunView>('epic/apply', { templateId: TEMPLATE }),
    ]);
    // The second either joined the first run or ran after it and found everything there.
    const runs = await Promise.all(
      [...new Set([first.runId, second.runId])].map((runId) => getRun(harness.env, runId)),
    );
    expect(runs.reduce((sum, run) => sum + run.counts.created, 0)).toBe(90);
    expectEachOnce(children, 3);
  });

  it.each([0, 100, 250, 400, 1_000])(
    'two applies %i ms apart with Jira latency leave one history covering every sub-task, and Undo deletes all of them and nothing else',
    async (spacingMs) => {
      const children = await seedChildren(6);
      const before = new Set(harness.forge.emulator.issues('SHOP').map((i) => i.key));
      // Every request to Jira takes real time, so the two applies overlap however they fall.
      harness.forge.emulator.addFault({ match: { path: '/rest/api/3' }, latencyMs: 40 });
      const first = data<RunView>('epic/apply', { templateId: TEMPLATE });
      await new Promise((resolve) => setTimeout(resolve, spacingMs));
      const second = data<RunView>('epic/apply', { templateId: TEMPLATE });
      await Promise.all([first, second]);
      await harness.forge.queue.drain();
      harness.forge.emulator.clearFaults();
      expectEachOnce(children, 3);

      // The latest run (what the epic action shows) lists every sub-task, made or found.
      const latest = await data<RunView | null>('run/latest', {});
      const listed = latest!.items.flatMap((i) =>
        i.outcome === 'created' || i.outcome === 'existed' ? [i.key] : [],
      );
      expect(listed.sort()).toEqual(
        subtasksUnder(children)
          .map((i) => i.key)
          .sort(),
      );

      const undone = await invoke<{ deleted: string[]; notDeleted: unknown[] }>(
        'run/undo',
        { runId: latest!.runId, confirm: true },
        { user: 'admin' },
      );
      expect(undone.ok && undone.data.notDeleted).toEqual([]);
      expect(subtasksUnder(children)).toEqual([]);
      // Nothing else went: the epic, its children and the seed are all there.
      const after = new Set(harness.forge.emulator.issues('SHOP').map((i) => i.key));
      expect([...before].filter((k) => !after.has(k))).toEqual([]);
    },
  );

  it('ends with 0 duplicates and 0 missing when every second bulk create loses its answer and search trails by 5 s', async () => {
    const children = await seedChildren(40);
    harness.forge.emulator.setSearchLag(5_000);
    harness.forge.emulator.addFault({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      dropResponse: true,
      every: 2,
    });
    const started = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    const run = await untilFinished(started);

    expect(harness.forge.emulator.faults()[0]!.applied).toBeGreaterThan(0);
    expect(run.status).toBe('succeeded');
    expectEachOnce(children, 3);
  });

  it('creates only the added item under each child when the run is repeated with one more item', async () => {
    const children = await seedChildren(20);
    const first = await data<RunView>('epic/apply', {
      templateId: TEMPLATE,
      itemKeys: ['contract', 'errors'],
    });
    expect(first.counts).toMatchObject({ created: 40 });

    const second = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    expect(second.counts).toMatchObject({ created: 20, existed: 40 });
    const created = new Set(
      second.items.filter((i) => i.outcome === 'created').map((i) => i.localId.split('/')[1]),
    );
    expect([...created]).toEqual(['validation']);
    expectEachOnce(children, 3);
  });

  it("reports each sub-task Jira refuses with Jira's reason, and a resume creates them once the cause is gone", async () => {
    const children = await seedChildren(3);
    harness.forge.emulator.setRequiredField('SHOP', '10004', 'customfield_10060', true);
    const refused = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    expect(refused.counts).toMatchObject({ created: 0, failed: 9 });
    expect(refused.items[0]).toMatchObject({
      outcome: 'failed',
      reason: expect.stringContaining('is required') as string,
    });
    expect(refused.actions).toContain('resume');

    harness.forge.emulator.setRequiredField('SHOP', '10004', 'customfield_10060', false);
    const resumed = await harness.forge.runAs('member', () =>
      resumeRun(harness.env, refused.runId, MEMBER),
    );
    expect(resumed.counts).toMatchObject({ created: 9, failed: 0 });
    expectEachOnce(children, 3);
  });

  it('adopts a sub-task someone made by hand with the same summary instead of duplicating it', async () => {
    const [child] = await seedChildren(1);
    const { key: handMade } = await create({
      issuetype: { id: '10004' },
      summary: 'Validate Service 1 against its acceptance criteria',
      parent: { key: child },
    });

    const preview = await data<EpicPreview>('epic/preview', { templateId: TEMPLATE });
    expect(preview.rows[0]?.cells[2]).toMatchObject({ state: 'adopt', key: handMade });
    const run = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    expect(run.counts).toMatchObject({ created: 2 });
    expect(subtasksUnder([child!])).toHaveLength(3);
  });

  it('reads all of an epic with 1,050 children, following nextPageToken', async () => {
    const children = await seedChildren(1_050);
    harness.forge.emulator.clearLog();
    const read = await harness.forge.runAs('member', () =>
      jiraClientFor(harness.env, 'user').searchEpicChildren(epic.key),
    );
    expect(read.children.map((c) => c.key).sort()).toEqual([...children].sort());
    expect(read.parent).toEqual({ summary: 'Payments platform', hierarchyLevel: 1 });
    expect(harness.forge.emulator.counts()['POST /rest/api/3/search/jql']).toBe(11);
    expect(read.children[0]).toMatchObject({ status: 'To Do', assignee: null, subtasks: [] });
  });

  it('filters children by label', async () => {
    await seedChildren(3);
    const preview = await data<EpicPreview>('epic/preview', {
      templateId: TEMPLATE,
      filters: { labels: ['payments'] },
    });
    expect(preview.rows).toEqual([]);
    expect(preview.totals).toMatchObject({ children: 3, filteredOut: 3, create: 0 });
  });

  it('lets run/latest from the epic action find the fan-out run', async () => {
    await seedChildren(2);
    const run = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    const latest = await data<RunView | null>('run/latest', {});
    expect(latest?.runId).toBe(run.runId);
  });

  it('says an issue that is not an epic has no children to fan out over, and points to the panel', async () => {
    const answer = await invoke(
      'epic/preview',
      { templateId: TEMPLATE },
      {
        issue: { id: '10101', key: 'SHOP-2' },
      },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_CONTEXT' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/not an epic.*Backend Breakdown panel/s);
  });

  it('refuses a viewer before anything is created, saying which permission is missing', async () => {
    await seedChildren(2);
    const preview = await invoke<EpicPreview>(
      'epic/preview',
      { templateId: TEMPLATE },
      {
        user: 'viewer',
      },
    );
    expect(preview.ok && preview.data.rows.every((r) => r.cannot?.includes('Create issues'))).toBe(
      true,
    );
    const apply = await invoke('epic/apply', { templateId: TEMPLATE }, { user: 'viewer' });
    expect(apply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(copiesPerLocalId(harness.forge, 'SHOP', planId()).size).toBe(0);
  });
});

/**
 * The apply takes the children as the person's preview read them, when Jira shows that nothing
 * under the epic came, went or changed since (`src/resolvers/epic-children.ts`); otherwise it
 * reads them again. Either way it creates from what Jira holds.
 */
describe("epic fan-out: the apply reuses the preview's read only while nothing changed", () => {
  const SEARCH = 'POST /rest/api/3/search/jql';
  const searches = () => harness.forge.emulator.counts()[SEARCH] ?? 0;

  /** Jira's "Edit issue", as the admin. */
  const edit = (key: string, fields: Record<string, unknown>) =>
    asAdmin('PUT', `/rest/api/3/issue/${key}`, { fields }, 204);
  const remove = (key: string) => asAdmin('DELETE', `/rest/api/3/issue/${key}`, undefined, 204);

  /** Children made a while before anyone fans out, as a team's stories are. */
  async function seedEarlier(count: number): Promise<string[]> {
    const keys = await seedChildren(count);
    await harness.clock.sleep(10 * 60_000);
    return keys;
  }

  const kept = () =>
    Object.keys(harness.forge.kvs.snapshot().kvs ?? {}).filter((k) =>
      k.startsWith('fan-out-read:'),
    );

  it('asks two id-only questions instead of reading 350 children (4 pages) again, and creates every sub-task once', async () => {
    const children = await seedEarlier(350);
    await data<EpicPreview>('epic/preview', { templateId: TEMPLATE });
    expect(kept().length).toBeGreaterThan(0);
    harness.forge.emulator.clearLog();
    const run = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    expect(await untilFinished(run)).toMatchObject({ status: 'succeeded' });
    expect(searches()).toBe(2);
    // One permissions question serves the apply's check, the run's and the Undo offer.
    expect(harness.forge.emulator.counts()['GET /rest/api/3/mypermissions']).toBe(1);
    expectEachOnce(children, 3);
    // Taken once: a second apply reads the children itself.
    expect(kept()).toEqual([]);
  });

  it('reads the children again when one was edited since the preview, and names its sub-tasks after the new summary', async () => {
    const [, second] = await seedEarlier(3);
    await data<EpicPreview>('epic/preview', { templateId: TEMPLATE });
    await harness.clock.sleep(60_000);
    await edit(second!, { summary: 'Ledger service' });
    harness.forge.emulator.clearLog();
    await data<RunView>('epic/apply', { templateId: TEMPLATE });
    // Two questions, then the full read (one page).
    expect(searches()).toBe(3);
    expect(subtasksUnder([second!]).map((i) => i.summary)).toContain(
      'Define the API contract of Ledger service',
    );
  });

  it('makes again a sub-task the preview would have adopted but someone deleted since', async () => {
    const [child] = await seedChildren(1);
    const { key: handMade } = await create({
      issuetype: { id: '10004' },
      summary: 'Validate Service 1 against its acceptance criteria',
      parent: { key: child },
    });
    await harness.clock.sleep(10 * 60_000);
    const preview = await data<EpicPreview>('epic/preview', { templateId: TEMPLATE });
    expect(preview.rows[0]?.cells[2]).toMatchObject({ state: 'adopt', key: handMade });
    await remove(handMade);
    harness.forge.emulator.clearLog();
    const run = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    expect(run.counts).toMatchObject({ created: 3 });
    expect(subtasksUnder([child!])).toHaveLength(3);
    // The issues under the epic were not the ones read: two questions, then the full read.
    expect(searches()).toBe(3);
  });

  it('covers a child added since the preview', async () => {
    const children = await seedEarlier(2);
    await data<EpicPreview>('epic/preview', { templateId: TEMPLATE });
    children.push(...(await seedChildren(1, 'Late')));
    const run = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    expect(run.counts).toMatchObject({ created: 9 });
    expectEachOnce(children, 3);
  });

  it("uses neither another person's preview nor one older than its 15 minutes", async () => {
    await seedEarlier(3);
    await invoke<EpicPreview>('epic/preview', { templateId: TEMPLATE }, { user: 'admin' });
    harness.forge.emulator.clearLog();
    const first = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    expect(first.counts).toMatchObject({ created: 9 });
    // The member had no read of their own: one page of children, no id-only questions.
    expect(searches()).toBe(1);

    await seedChildren(1, 'Late');
    await data<EpicPreview>('epic/preview', { templateId: TEMPLATE });
    await harness.clock.sleep(16 * 60_000);
    harness.forge.emulator.clearLog();
    const second = await data<RunView>('epic/apply', { templateId: TEMPLATE });
    expect(second.counts).toMatchObject({ created: 3, existed: 9 });
    // Too old to ask about: the children read afresh (one page), then the plan's own issues.
    expect(searches()).toBe(2);
  });
});
