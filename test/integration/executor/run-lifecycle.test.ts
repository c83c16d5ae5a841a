import { cancelRun, ExecutorError, getRun, resumeRun, startRun, undoRun } from '../../../src/run';
import { the41IssuePlan } from '../../support/plan-builders';
import { issuesOfPlan, startHarness, stopHarness, type Harness } from './executor-harness';

const ADMIN = '5b10a2844c20165700ede21a';
const MEMBER = '5b10a2844c20165700ede21b';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => stopHarness(harness));
beforeEach(() => {
  harness.forge.emulator.reset();
  harness.use({});
});

/** A queue that keeps events instead of delivering them, to act on a run before it starts. */
function holdTheQueue() {
  harness.use({ queue: { push: () => Promise.resolve() } });
}

describe('the life of a run', () => {
  it('cancels a queued run before it starts, and resumes it later to completion', async () => {
    holdTheQueue();
    const plan = the41IssuePlan();
    const started = await harness.forge.runAs('member', () =>
      startRun(harness.use({ runMode: 'queued' }), { plan, accountId: MEMBER, projectId: '10000' }),
    );
    const cancelled = await cancelRun(harness.env, started.runId, MEMBER);
    expect(cancelled.status).toBe('cancelled');

    const resumed = await harness.forge.runAs('member', () =>
      resumeRun(harness.use({ runMode: 'inline' }), started.runId, MEMBER),
    );
    expect(resumed.status).toBe('succeeded');
    expect(resumed.counts.created).toBe(41);
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(41);
  });

  it('lets only the person who started a run cancel it', async () => {
    holdTheQueue();
    const started = await harness.forge.runAs('member', () =>
      startRun(harness.use({ runMode: 'queued' }), {
        plan: the41IssuePlan(),
        accountId: MEMBER,
        projectId: '10000',
      }),
    );
    await expect(cancelRun(harness.env, started.runId, ADMIN)).rejects.toMatchObject({
      code: 'NOT_RUN_OWNER',
    });
    expect((await getRun(harness.env, started.runId)).status).toBe('queued');
  });

  it('resumes a partial run once the cause is fixed, creating only what is missing', async () => {
    const plan = the41IssuePlan();
    plan.items.find((i) => i.localId === 'service:service-3')!.issueTypeId = '10003';
    const first = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );
    expect(first.status).toBe('partial');

    harness.forge.emulator.setRequiredField('SHOP', '10003', 'customfield_10050', false);
    const resumed = await harness.forge.runAs('member', () =>
      resumeRun(harness.env, first.runId, MEMBER),
    );

    expect(resumed.status).toBe('succeeded');
    expect(resumed.counts).toMatchObject({ created: 41, failed: 0, blocked: 0 });
    expect(resumed.links).toMatchObject({ created: 7 });
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(41);
  });

  it('undoes a run for someone allowed to delete: children first, and reports the run as undone', async () => {
    const plan = the41IssuePlan();
    const run = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan, accountId: ADMIN, projectId: '10000' }),
    );
    harness.forge.emulator.clearLog();

    const report = await harness.forge.runAs('admin', () =>
      undoRun(harness.env, run.runId, ADMIN, { confirm: true }),
    );

    expect(report.deleted).toHaveLength(41);
    expect(report.notDeleted).toEqual([]);
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(0);
    const deletes = harness.forge.emulator
      .requestLog()
      .filter((e) => e.method === 'DELETE')
      .map((e) => e.path.split('?')[0]!.split('/').pop()!);
    const epicKey = run.items.find((i) => i.localId === 'epic' && i.outcome === 'created') as {
      key: string;
    };
    expect(deletes.at(-1)).toBe(epicKey.key);
    const after = await getRun(harness.env, run.runId);
    expect(after.status).toBe('undone');
    expect(after.counts).toMatchObject({ created: 0, deleted: 41 });
  });

  it('refuses undo to someone who may not delete issues, deleting nothing', async () => {
    const plan = the41IssuePlan();
    const run = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );
    const error = await harness.forge
      .runAs('member', () => undoRun(harness.env, run.runId, MEMBER, { confirm: true }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExecutorError);
    expect(error).toMatchObject({ code: 'NO_DELETE_PERMISSION' });
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(41);
  });

  it('does not undo without confirmation', async () => {
    const run = await harness.forge.runAs('admin', () =>
      startRun(harness.env, { plan: the41IssuePlan(), accountId: ADMIN, projectId: '10000' }),
    );
    await expect(
      harness.forge.runAs('admin', () =>
        undoRun(harness.env, run.runId, ADMIN, { confirm: false }),
      ),
    ).rejects.toMatchObject({
      code: 'CONFIRMATION_REQUIRED',
    });
    expect(
      harness.forge.emulator.counts()['DELETE /rest/api/3/issue/{issueIdOrKey}'],
    ).toBeUndefined();
  });
});
