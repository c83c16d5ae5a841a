import { startRun } from '../../../src/run';
import { the41IssuePlan } from '../../support/plan-builders';
import { issuesOfPlan, startHarness, stopHarness, type Harness } from './executor-harness';

const MEMBER = '5b10a2844c20165700ede21b';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => stopHarness(harness));
beforeEach(() => harness.forge.emulator.reset());

describe('creating a plan in Jira', () => {
  it('creates the 41-issue plan with no more requests than its bulk estimate plus lookups and reconciliation', async () => {
    const plan = the41IssuePlan();
    const run = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );

    const counts = harness.forge.emulator.counts();
    const count = (endpoint: string) => counts[endpoint] ?? 0;
    const lookups =
      count('GET /rest/api/3/mypermissions') +
      count('GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes') +
      count('GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}') +
      count('GET /rest/api/3/issueLinkType');
    const reconciliation = count('POST /rest/api/3/search/jql');
    const bulk = count('POST /rest/api/3/issue/bulk');
    const linkPosts = count('POST /rest/api/3/issueLink');
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    // Each of the 7 links rides inside the create request of its later end; the plan's estimate
    // already counts the extra create stage that takes (two linked services cannot share a call).
    const budget = plan.estimate.bulkRequests + lookups + reconciliation;
    process.stdout.write(
      `41-issue plan: ${JSON.stringify(counts)}\n` +
        `  bulk ${bulk} (estimate ${plan.estimate.bulkRequests}), link posts ${linkPosts}, ` +
        `lookups ${lookups}, reconciliation ${reconciliation}; total ${total} ≤ ${budget}\n`,
    );

    expect(run.status).toBe('succeeded');
    expect(run.counts).toMatchObject({ total: 41, created: 41 });
    expect(issuesOfPlan(harness.forge, 'SHOP', plan.planId)).toHaveLength(41);
    expect(lookups).toBe(4);
    expect(reconciliation).toBe(1);
    expect(linkPosts).toBe(0);
    expect(total).toBeLessThanOrEqual(budget);
    expect(harness.forge.emulator.requestLog().filter((e) => e.invalid !== undefined)).toEqual([]);
  });

  it('builds the hierarchy and the blocks links the plan describes', async () => {
    const plan = the41IssuePlan();
    const run = await harness.forge.runAs('member', () =>
      startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
    );
    const keyOf = new Map(
      run.items.flatMap((i) => (i.outcome === 'created' ? [[i.localId, i.key] as const] : [])),
    );
    const issues = new Map(issuesOfPlan(harness.forge, 'SHOP', plan.planId).map((i) => [i.key, i]));

    for (const item of plan.items) {
      const issue = issues.get(keyOf.get(item.localId)!)!;
      expect(issue.issueType.hierarchyLevel).toBe(item.level);
      expect(issue.parentKey).toBe(
        item.parent?.kind === 'item' ? keyOf.get(item.parent.localId) : null,
      );
    }
    for (const link of plan.links) {
      const from = keyOf.get(link.from.kind === 'item' ? link.from.localId : '')!;
      const to = keyOf.get(link.to.kind === 'item' ? link.to.localId : '')!;
      expect(issues.get(from)!.links).toContainEqual(
        expect.objectContaining({ type: 'Blocks', description: 'blocks', issueKey: to }),
      );
    }
    expect(run.links).toMatchObject({ total: 7, created: 7 });
  });
});
