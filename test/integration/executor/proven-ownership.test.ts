/**
 * Ownership is proven, never read from the app's property alone: a member with *Edit issues* can
 * write any issue's entity properties (Atlassian, "Set issue property"), and any viewer can read
 * a run id. Each forgery is tried as such a member would try it, through Jira's REST API; and
 * lost answers under long search lag end with exactly the plan and a record that lists what Jira
 * holds.
 */
import { getRun, startRun, undoRun, type Run } from '../../../src/run';
import { SEED_USERS, type SeedUserRole } from '../../../dev/emulator/seed';
import { aPlan } from '../../support/plan-builders';
import {
  ADMIN,
  copiesPerLocalId,
  grantAppAdministerJira,
  issuesOfPlan,
  MEMBER,
  startHarness,
  stopHarness,
  type Harness,
} from './executor-harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => stopHarness(harness));
beforeEach(() => {
  harness.forge.emulator.reset();
  harness.forge.kvs.clear();
  harness.use({});
  grantAppAdministerJira(harness.forge);
});

const PROPERTY = 'backend-breakdown';

async function rest(
  user: SeedUserRole,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${harness.forge.jira.baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-emulator-account-id': SEED_USERS[user].accountId,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** An issue of the member's own, unrelated to any breakdown. */
async function membersIssue(summary: string, parentKey?: string): Promise<string> {
  const created = await rest('member', 'POST', '/rest/api/3/issue', {
    fields: {
      project: { id: '10000' },
      issuetype: { id: parentKey ? '10004' : '10002' },
      summary,
      ...(parentKey ? { parent: { key: parentKey } } : {}),
    },
  });
  expect(created.status).toBe(201);
  return (created.body as { key: string }).key;
}

/** The member writes `value` as the app's property of `key`: all *Edit issues* needs. */
async function plant(key: string, value: unknown): Promise<void> {
  const put = await rest('member', 'PUT', `/rest/api/3/issue/${key}/properties/${PROPERTY}`, value);
  expect([200, 201]).toContain(put.status);
}

async function propertyOf(key: string): Promise<unknown> {
  const read = await rest('admin', 'GET', `/rest/api/3/issue/${key}/properties/${PROPERTY}`);
  return (read.body as { value: unknown }).value;
}

const exists = (key: string) => harness.forge.emulator.issues('SHOP').some((i) => i.key === key);

function keyOf(run: Run, localId: string): string {
  const item = run.items.find((i) => i.localId === localId);
  if (item?.outcome !== 'created' && item?.outcome !== 'existed') throw new Error(localId);
  return item.key;
}

const smallPlan = () => aPlan({ services: 3, itemsPerService: 2, links: 2 });

describe('a property copied onto other issues', () => {
  it('undo deletes the genuine issues and none of the 9 issues carrying copies of their property', async () => {
    const plan = smallPlan();
    const run = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan, accountId: ADMIN, projectId: '10000' }),
    );
    expect(run.status).toBe('succeeded');
    const planted: string[] = [];
    for (const item of run.items.slice(0, 9)) {
      const victim = await membersIssue(`Someone's work ${planted.length + 1}`);
      await plant(victim, await propertyOf(keyOf(run, item.localId)));
      planted.push(victim);
    }

    const report = await harness.forge.runAs('admin', () =>
      undoRun(harness.env, run.runId, ADMIN, { confirm: true }),
    );

    for (const key of planted) expect(exists(key)).toBe(true);
    expect(report.deleted.filter((k) => planted.includes(k))).toEqual([]);
    expect(
      issuesOfPlan(harness.forge, 'SHOP', plan.planId)
        .map((i) => i.key)
        .sort(),
    ).toEqual([...planted].sort());
  });

  it('a re-apply neither adopts a copy nor counts it, and lists it as foreign', async () => {
    const plan = smallPlan();
    const run = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan, accountId: ADMIN, projectId: '10000' }),
    );
    const victim = await membersIssue('Unrelated task');
    await plant(victim, await propertyOf(keyOf(run, 'epic')));

    const again = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan, accountId: ADMIN, projectId: '10000' }),
    );

    expect(keyOf(again, 'epic')).toBe(keyOf(run, 'epic'));
    expect(again.counts).toMatchObject({ created: 0, existed: plan.items.length });
    expect(again.foreign?.map((f) => f.key)).toEqual([victim]);
  });
});

describe('a property naming a real run', () => {
  it('planted before an apply (after undo) is not adopted: the real item is created again', async () => {
    const plan = smallPlan();
    const run = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan, accountId: ADMIN, projectId: '10000' }),
    );
    const genuine = await propertyOf(keyOf(run, 'service:service-1'));
    await harness.forge.runAs('admin', () =>
      undoRun(harness.env, run.runId, ADMIN, { confirm: true }),
    );
    const victim = await membersIssue('Looks like a service');
    await plant(victim, genuine);

    const again = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan, accountId: ADMIN, projectId: '10000' }),
    );

    expect(again.status).toBe('succeeded');
    expect(keyOf(again, 'service:service-1')).not.toBe(victim);
    expect(again.items.every((i) => i.outcome === 'created')).toBe(true);
    expect(again.foreign?.map((f) => f.key)).toEqual([victim]);
  });

  it('planted as the epic while a run waits for the index is ignored: the run keeps the epic it made and hangs every child under it', async () => {
    harness.forge.emulator.setSearchLag(20_000);
    harness.forge.emulator.addFault({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      dropResponse: true,
      times: 1,
    });
    const plan = smallPlan();
    const started = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan, accountId: ADMIN, projectId: '10000' }),
    );
    // The epic's create lost its answer; the run waits for the index in the queue.
    expect(started.status).toBe('queued');
    const victim = await membersIssue('Another team’s epic, or so it says');
    await plant(victim, {
      planId: plan.planId,
      localId: 'epic',
      runId: started.runId,
      templateVersion: plan.templateVersion,
    });

    await harness.forge.queue.drain();
    const run = await getRun(harness.env, started.runId);

    expect(run.status).toBe('succeeded');
    const epicKey = keyOf(run, 'epic');
    expect(epicKey).not.toBe(victim);
    const epic = harness.forge.emulator.issues('SHOP').find((i) => i.key === epicKey)!;
    expect(epic.creatorAccountId).toBe(ADMIN);
    for (const issue of issuesOfPlan(harness.forge, 'SHOP', plan.planId))
      if (issue.issueType.hierarchyLevel === 0 && issue.key !== victim)
        expect(issue.parentKey).toBe(epicKey);
    // Nothing was ever put under the planted issue.
    expect(harness.forge.emulator.issues('SHOP').filter((i) => i.parentKey === victim)).toEqual([]);
  });
});

describe('lost answers under long search lag', () => {
  it.each([20_000, 60_000])(
    'with every second bulk answer lost and %i ms of lag: 0 duplicates, 0 missing, and the record lists exactly what Jira holds',
    async (lagMs) => {
      harness.forge.emulator.setSearchLag(lagMs);
      harness.forge.emulator.addFault({
        match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
        dropResponse: true,
        every: 2,
      });
      const plan = aPlan({ services: 4, itemsPerService: 2, links: 3, extraItems: 1 });
      const started = await harness.forge.runAs('member', () =>
        startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
      );
      await harness.forge.queue.drain();
      const run = await getRun(harness.env, started.runId);

      expect(harness.forge.emulator.faults()[0]!.applied).toBeGreaterThan(0);
      expect(run.status).toBe('succeeded');
      const copies = copiesPerLocalId(harness.forge, 'SHOP', plan.planId);
      expect([...copies.keys()].sort()).toEqual(plan.items.map((i) => i.localId).sort());
      expect([...copies.values()].filter((n) => n !== 1)).toEqual([]);
      const recorded = run.items.flatMap((i) => (i.outcome === 'created' ? [i.id] : []));
      expect(recorded.sort()).toEqual(
        issuesOfPlan(harness.forge, 'SHOP', plan.planId)
          .map((i) => i.id)
          .sort(),
      );
    },
  );
});

describe('undo tells the truth', () => {
  it('keeps an issue whose property someone rewrote, and says why, instead of reporting it deleted', async () => {
    const plan = smallPlan();
    const run = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan, accountId: ADMIN, projectId: '10000' }),
    );
    const rewritten = keyOf(run, 'service:service-2/contract');
    await plant(rewritten, { planId: 'mine-now', localId: 'x', runId: 'y' });

    const report = await harness.forge.runAs('admin', () =>
      undoRun(harness.env, run.runId, ADMIN, { confirm: true }),
    );

    expect(exists(rewritten)).toBe(true);
    expect(report.deleted).not.toContain(rewritten);
    // No longer proven ours, it stays — and so do the story and epic above it, never orphaning it.
    expect(report.notDeleted).toEqual([
      expect.objectContaining({ key: rewritten, reason: expect.stringMatching(/changed/) }),
      expect.objectContaining({
        key: keyOf(run, 'service:service-2'),
        reason: expect.stringContaining(rewritten),
      }),
      expect.objectContaining({ key: keyOf(run, 'epic') }),
    ]);
    // Every issue reported deleted is gone from Jira.
    for (const key of report.deleted) expect(exists(key)).toBe(false);
  });

  it('keeps an epic it made that now holds another team’s story, and the story keeps its parent', async () => {
    const plan = smallPlan();
    const run = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan, accountId: ADMIN, projectId: '10000' }),
    );
    const epicKey = keyOf(run, 'epic');
    const story = await rest('member', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { id: '10000' },
        issuetype: { id: '10001' },
        summary: 'Another team’s story',
        parent: { key: epicKey },
      },
    });
    const storyKey = (story.body as { key: string }).key;
    // Search shows the story (the index has caught up) when undo asks.
    await harness.clock.sleep(1_000);

    const report = await harness.forge.runAs('admin', () =>
      undoRun(harness.env, run.runId, ADMIN, { confirm: true }),
    );

    expect(exists(epicKey)).toBe(true);
    expect(harness.forge.emulator.issues('SHOP').find((i) => i.key === storyKey)?.parentKey).toBe(
      epicKey,
    );
    expect(report.notDeleted).toEqual([
      expect.objectContaining({ key: epicKey, reason: expect.stringContaining(storyKey) }),
    ]);
    expect(report.deleted).toHaveLength(plan.items.length - 1);
    for (const key of report.deleted) expect(exists(key)).toBe(false);
  });

  it('keeps a made story that holds a sub-task someone added, and the epic above it', async () => {
    const plan = smallPlan();
    const run = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan, accountId: ADMIN, projectId: '10000' }),
    );
    const storyKey = keyOf(run, 'service:service-1');
    const added = await membersIssue('A sub-task of my own', storyKey);

    const report = await harness.forge.runAs('admin', () =>
      undoRun(harness.env, run.runId, ADMIN, { confirm: true }),
    );

    expect(exists(added)).toBe(true);
    expect(exists(storyKey)).toBe(true);
    expect(exists(keyOf(run, 'epic'))).toBe(true);
    expect(report.notDeleted.map((n) => n.key).sort()).toEqual(
      [storyKey, keyOf(run, 'epic')].sort(),
    );
    for (const key of report.deleted) expect(exists(key)).toBe(false);
  });
});
