import { getRun, startRun } from '../../../src/run';
import { the41IssuePlan } from '../../support/plan-builders';
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
  harness.waits.length = 0;
});

function localIdsInJira(planId: string): string[] {
  return issuesOfPlan(harness.forge, 'SHOP', planId)
    .map((i) => (i.properties['backend-breakdown'] as { localId: string }).localId)
    .sort();
}

describe('creating a plan while Jira misbehaves', () => {
  it('completes with exactly the planned issues when every third request is rate-limited with Retry-After', async () => {
    harness.forge.emulator.addFault({ status: 429, retryAfterSeconds: 1, every: 3 });
    const plan = the41IssuePlan();
    const run = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );

    expect(run.status).toBe('succeeded');
    expect(localIdsInJira(plan.planId)).toEqual(plan.items.map((i) => i.localId).sort());
    const rateLimited = harness.forge.emulator.faults()[0]!.applied;
    expect(rateLimited).toBeGreaterThan(2);
    // Each refusal was waited out for exactly the second Jira asked for.
    expect(harness.waits).toHaveLength(rateLimited);
    expect(new Set(harness.waits)).toEqual(new Set([1000]));
  });

  it('creates no duplicate and misses nothing when a bulk create is applied but its response is lost', async () => {
    harness.forge.emulator.addFault({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      dropResponse: true,
      every: 2,
      times: 1,
    });
    const plan = the41IssuePlan();
    const run = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );

    expect(harness.forge.emulator.faults()[0]!.applied).toBe(1);
    expect(run.status).toBe('succeeded');
    expect(run.counts).toMatchObject({ total: 41, created: 41 });
    expect(localIdsInJira(plan.planId)).toEqual(plan.items.map((i) => i.localId).sort());
    expect(run.links).toMatchObject({ total: 7, created: 7 });
  });

  it('after a gateway 502 asks Jira what exists before anything is sent again, and goes on in the queue when the index is slow', async () => {
    harness.forge.emulator.addFault({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      status: 502,
      times: 1,
    });
    grantAppAdministerJira(harness.forge);
    const plan = the41IssuePlan();
    const started = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );
    // Jira never made the chunk the 502 refused, and nothing can prove that but time: its items
    // wait (in the queue) for the index horizon before they are sent again.
    await harness.forge.queue.drain();
    const run = await getRun(harness.env, started.runId);

    const log = harness.forge.emulator
      .requestLog()
      .map((e) => `${e.method} ${e.path.split('?')[0]} ${e.status}`);
    const refused = log.indexOf('POST /rest/api/3/issue/bulk 502');
    expect(refused).toBeGreaterThan(-1);
    const next = log.slice(refused + 1);
    expect(next.findIndex((l) => l.startsWith('POST /rest/api/3/search/jql'))).toBeLessThan(
      next.findIndex((l) => l.startsWith('POST /rest/api/3/issue/bulk')),
    );
    expect(run.status).toBe('succeeded');
    expect(localIdsInJira(plan.planId)).toHaveLength(41);
  });

  it('sends again at once what a load-shedding 503 (with Retry-After) refused', async () => {
    harness.forge.emulator.addFault({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      status: 503,
      retryAfterSeconds: 1,
      times: 1,
    });
    const plan = the41IssuePlan();
    const run = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );
    expect(run.status).toBe('succeeded');
    expect(run.mode).toBe('inline');
    expect(localIdsInJira(plan.planId)).toHaveLength(41);
  });
});
