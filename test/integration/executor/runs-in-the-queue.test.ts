import { appEnvironment } from '../../../src/app-environment';
import { getRun, startRun, type RunEvent } from '../../../src/run';
import { aPlan, the41IssuePlan } from '../../support/plan-builders';
import {
  grantAppAdministerJira,
  issuesOfPlan,
  startHarness,
  stopHarness,
  type Harness,
} from './executor-harness';

const MEMBER = '5b10a2844c20165700ede21b';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => stopHarness(harness));
beforeEach(() => {
  harness.forge.emulator.reset();
  harness.use({});
  // The consumer may ask about another account only with Administer Jira (tested below without).
  grantAppAdministerJira(harness.forge);
});

describe('runs too long for a resolver', () => {
  it('sends a 300-issue plan through the queue, which reports progress as it goes and completes', async () => {
    harness.forge.emulator.addFault({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      latencyMs: 40,
    });
    const plan = aPlan({ services: 59, itemsPerService: 4, extraItems: 4 });
    expect(plan.items).toHaveLength(300);

    // Decided from the plan and a given round-trip time, not from this machine's clock.
    const env = harness.use({ runMode: 'auto', assumedLatencyMs: 100 });
    const started = await harness.forge.runAs('member', () =>
      startRun(env, { plan, accountId: MEMBER, projectId: '10000' }),
    );
    expect(started).toMatchObject({ mode: 'queued', status: 'queued' });

    const seen: number[] = [];
    const drained = harness.forge.queue.drain();
    let finished = false;
    void drained.then(() => (finished = true));
    while (!finished) {
      const run = await getRun(harness.env, started.runId);
      seen.push(run.counts.created);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await drained;

    const run = await getRun(harness.env, started.runId);
    expect(run.status).toBe('succeeded');
    expect(run.counts).toMatchObject({ total: 300, created: 300 });
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(300);
    expect(seen.some((created) => created > 0 && created < 300)).toBe(true);
    // The consumer worked as the app, after checking the member may still create issues.
    const byApp = harness.forge.emulator
      .requestLog()
      .filter((e) => e.endpoint === 'POST /rest/api/3/issue/bulk');
    expect(new Set(byApp.map((e) => e.account))).toEqual(new Set(['app']));
    expect(harness.forge.emulator.counts()['POST /rest/api/3/permissions/check']).toBe(1);
  });

  it('fails a queued run clearly, creating nothing, when its starter lost permission to create before it ran', async () => {
    const held: RunEvent[] = [];
    const realQueue = appEnvironment().queue;
    const plan = the41IssuePlan();
    const started = await harness.forge.runAs('member', () =>
      startRun(
        harness.use({
          runMode: 'queued',
          queue: { push: (event) => (held.push(event), Promise.resolve()) },
        }),
        { plan, accountId: MEMBER, projectId: '10000' },
      ),
    );
    harness.use({});

    harness.forge.emulator.setPermission(MEMBER, 'SHOP', 'CREATE_ISSUES', false);
    await harness.forge.runAs('member', () => realQueue.push(held[0]!));
    await harness.forge.queue.drain();

    const run = await getRun(harness.env, started.runId);
    expect(run.status).toBe('failed');
    expect(run.error).toEqual({
      code: 'NO_CREATE_PERMISSION',
      message:
        'The person who started this run can no longer create issues in this project. Nothing more was created.',
    });
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(0);
  });
  it('stops a queued run with a plain message, creating nothing as the app, when Jira will not let the app check the starter', async () => {
    harness.forge.emulator.setGlobalPermission('app', 'ADMINISTER', false);
    const plan = the41IssuePlan();
    const started = await harness.forge.runAs('member', () =>
      startRun(harness.use({ runMode: 'queued' }), { plan, accountId: MEMBER, projectId: '10000' }),
    );
    await harness.forge.queue.drain();

    const run = await getRun(harness.env, started.runId);
    expect(run.status).toBe('failed');
    expect(run.error?.code).toBe('PERMISSION_CHECK_REFUSED');
    expect(run.error?.message).toContain('Press Resume to continue as yourself');
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(0);
    expect(
      harness.forge.emulator
        .requestLog()
        .filter((e) => e.endpoint === 'POST /rest/api/3/issue/bulk'),
    ).toEqual([]);
  });
});

describe('an inline run that meets a long wait', () => {
  it('hands the rest to the queue instead of outliving the resolver, and the queue completes it', async () => {
    harness.forge.emulator.addFault({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      status: 429,
      retryAfterSeconds: 40,
      every: 2,
      times: 1,
    });
    const plan = the41IssuePlan();
    const started = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );

    expect(started).toMatchObject({ status: 'queued', mode: 'queued' });
    expect(started.counts.created).toBeGreaterThan(0);
    await harness.forge.queue.drain();
    const run = await getRun(harness.env, started.runId);
    expect(run.status).toBe('succeeded');
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(41);
  });
});
