import { ExecutorError, startRun } from '../../../src/run';
import { the41IssuePlan } from '../../support/plan-builders';
import { issuesOfPlan, startHarness, stopHarness, type Harness } from './executor-harness';

const MEMBER = '5b10a2844c20165700ede21b';
const VIEWER = '5b10a2844c20165700ede21c';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => stopHarness(harness));
beforeEach(() => harness.forge.emulator.reset());

describe('what a run reports', () => {
  it("creates the rest when Jira rejects one item, names that item with Jira's message, and blocks its children", async () => {
    const plan = the41IssuePlan();
    // Service 3 is planned as a Bug, whose create screen requires a Severity the template does not fill.
    plan.items.find((i) => i.localId === 'service:service-3')!.issueTypeId = '10003';
    const run = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );

    const outcome = (localId: string) => run.items.find((i) => i.localId === localId);
    expect(run.status).toBe('partial');
    expect(outcome('service:service-3')).toEqual({
      localId: 'service:service-3',
      outcome: 'failed',
      reason: expect.stringContaining('Severity is required') as string,
    });
    for (const key of ['contract', 'errors', 'validation', 'build']) {
      expect(outcome(`service:service-3/${key}`)).toMatchObject({
        outcome: 'blocked',
        blockedBy: 'service:service-3',
      });
    }
    expect(run.counts).toMatchObject({ created: 36, failed: 1, blocked: 4 });
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(36);
    // The two links touching service 3 cannot exist; the other five do.
    expect(run.links).toMatchObject({ created: 5, blocked: 2 });
  });

  it('creates nothing the second time the same plan runs', async () => {
    const plan = the41IssuePlan();
    await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );
    harness.forge.emulator.clearLog();

    const again = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );

    expect(again.status).toBe('succeeded');
    expect(again.counts).toMatchObject({ total: 41, existed: 41, created: 0 });
    expect(again.links).toMatchObject({ total: 7, existed: 7 });
    const counts = harness.forge.emulator.counts();
    expect(counts['POST /rest/api/3/issue/bulk']).toBeUndefined();
    expect(counts['POST /rest/api/3/issueLink']).toBeUndefined();
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(41);
  });

  it('refuses a viewer, who may not create issues, with a clear error and creates nothing', async () => {
    const plan = the41IssuePlan();
    const error = await harness.forge
      .runAs('viewer', () => startRun(harness.env, { plan, accountId: VIEWER, projectId: '10000' }))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ExecutorError);
    expect(error).toMatchObject({
      code: 'NO_CREATE_PERMISSION',
      message: 'You do not have permission to create issues in this project. Nothing was created.',
    });
    expect(harness.forge.emulator.counts()['POST /rest/api/3/issue/bulk']).toBeUndefined();
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(0);
  });
});
