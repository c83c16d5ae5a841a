import { buildPlan } from '../../../src/domain';
import { startRun } from '../../../src/run';
import { aLargeDraft, FOUR_ITEM_TEMPLATE } from '../../support/draft-builders';
import {
  SHOP_ISSUE_TYPES,
  TEAM_ISSUE_TYPES,
  the41IssuePlan,
  VENTAS_ISSUE_TYPES,
} from '../../support/plan-builders';
import { issuesOfPlan, startHarness, stopHarness, type Harness } from './executor-harness';

const MEMBER = '5b10a2844c20165700ede21b';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => stopHarness(harness));
beforeEach(() => harness.forge.emulator.reset());

describe('creating plans across projects', () => {
  it('creates a plan in a project whose issue types have Spanish names, by hierarchy level', async () => {
    const plan = the41IssuePlan({ projectId: '10002', issueTypes: VENTAS_ISSUE_TYPES });
    const run = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10002' }),
    );

    expect(run.status).toBe('succeeded');
    const types = issuesOfPlan(harness.forge, 'VENTAS', plan.planId).map((i) => i.issueType.name);
    expect(new Set(types)).toEqual(new Set(['Épica', 'Historia', 'Subtarea']));
  });

  it('links afterwards with POST /issueLink in a team-managed project whose create screen has no issuelinks', async () => {
    const plan = the41IssuePlan({ projectId: '10001', issueTypes: TEAM_ISSUE_TYPES });
    const run = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10001' }),
    );

    expect(run.status).toBe('succeeded');
    expect(run.links).toMatchObject({ total: 7, created: 7 });
    expect(harness.forge.emulator.counts()['POST /rest/api/3/issueLink']).toBe(7);
    const keyOf = new Map(
      run.items.flatMap((i) => (i.outcome === 'created' ? [[i.localId, i.key] as const] : [])),
    );
    const issues = new Map(issuesOfPlan(harness.forge, 'TEAM', plan.planId).map((i) => [i.key, i]));
    for (const link of plan.links) {
      const from = keyOf.get(link.from.kind === 'item' ? link.from.localId : '')!;
      const to = keyOf.get(link.to.kind === 'item' ? link.to.localId : '')!;
      expect(issues.get(from)!.links).toContainEqual(
        expect.objectContaining({ type: 'Blocks', description: 'blocks', issueKey: to }),
      );
    }
  });

  it('executes a plan built by buildPlan from a draft, linking the epic to the issue the panel was opened on', async () => {
    const built = buildPlan(aLargeDraft(8), FOUR_ITEM_TEMPLATE, SHOP_ISSUE_TYPES, {
      planId: 'draft-10101',
      projectId: '10000',
      currentIssue: { key: 'SHOP-2', hierarchyLevel: 0 },
    });
    if (!built.ok) throw new Error(built.error.message);
    const plan = built.plan;
    const run = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );

    expect(run.status).toBe('succeeded');
    expect(run.counts.created).toBe(plan.items.length);
    expect(run.links).toMatchObject({ total: plan.links.length, created: plan.links.length });
    const epic = issuesOfPlan(harness.forge, 'SHOP', plan.planId).find(
      (i) => i.issueType.hierarchyLevel === 1,
    )!;
    expect(epic.links).toContainEqual(
      expect.objectContaining({ type: 'Relates', issueKey: 'SHOP-2' }),
    );
  });
});
