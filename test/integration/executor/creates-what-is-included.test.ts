import { excludeItems } from '../../../src/domain';
import { startRun } from '../../../src/run';
import { the41IssuePlan } from '../../support/plan-builders';
import {
  copiesPerLocalId,
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
beforeEach(() => harness.forge.emulator.reset());

const run = (plan: Parameters<typeof startRun>[1]['plan']) =>
  harness.forge.runAs('member', () =>
    startRun(harness.env, { plan, accountId: MEMBER, projectId: '10000' }),
  );

describe('excluding plan items', () => {
  // Epic, three services chained by blocks links, two sub-tasks each: 10 issues, 2 links.
  const plan = the41IssuePlan({ services: 3, itemsPerService: 2, links: 2 });
  const excludedService = 'service:service-2';
  const underIt = ['service:service-2', 'service:service-2/contract', 'service:service-2/errors'];

  it('creates nothing for an excluded service or its sub-tasks, and drops its links', async () => {
    const exclusion = excludeItems(plan, [excludedService]);

    const first = await run(exclusion.plan);

    expect(exclusion.excluded).toEqual(underIt);
    expect(first.status).toBe('succeeded');
    expect(first.counts).toMatchObject({ total: 7, created: 7 });
    const made = copiesPerLocalId(harness.forge, 'SHOP', plan.planId);
    expect([...made.keys()].filter((id) => underIt.includes(id))).toEqual([]);
    expect(first.links).toMatchObject({ total: 0 });
  });

  it('creates exactly the included items on a later run, without duplicating the rest', async () => {
    const first = await run(excludeItems(plan, [excludedService]).plan);
    const before = new Set(issuesOfPlan(harness.forge, 'SHOP', plan.planId).map((i) => i.key));

    const second = await run(excludeItems(plan, []).plan);

    expect(first.status).toBe('succeeded');
    expect(second.status).toBe('succeeded');
    expect(second.counts).toMatchObject({ total: 10, created: 3, existed: 7 });
    const now = issuesOfPlan(harness.forge, 'SHOP', plan.planId);
    const added = now.filter((issue) => !before.has(issue.key));
    const localIdOf = (issue: (typeof now)[number]) =>
      (issue.properties['backend-breakdown'] as { localId: string }).localId;
    expect(added.map(localIdOf).sort()).toEqual([...underIt].sort());
    expect([...copiesPerLocalId(harness.forge, 'SHOP', plan.planId).values()]).toEqual(
      Array<number>(10).fill(1),
    );
    // The re-included service is linked to its neighbours, which existed already.
    expect(second.links).toMatchObject({ total: 2, created: 2 });
  });
});
