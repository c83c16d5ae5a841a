import { DRAFT_LIMITS, draftSchema, estimatePlan, excludeItems } from '../../../src/domain';
import { aDraft } from '../../support/draft-builders';
import { aPlan } from '../../support/plan-builders';

// Epic, three services chained by blocks links (1 → 2 → 3), two sub-tasks each.
const plan = aPlan({ services: 3, itemsPerService: 2, links: 2, planId: 'plan-x' });

describe('excludeItems', () => {
  it('leaves out an excluded service together with its sub-tasks', () => {
    const { plan: kept, excluded } = excludeItems(plan, ['service:service-2']);

    expect(excluded).toEqual([
      'service:service-2',
      'service:service-2/contract',
      'service:service-2/errors',
    ]);
    expect(kept.items.map((i) => i.localId)).not.toContain('service:service-2/errors');
    expect(kept.items).toHaveLength(7);
  });

  it('drops every link with an excluded end and counts the estimate on what is left', () => {
    const { plan: kept } = excludeItems(plan, ['service:service-2']);

    expect(kept.links).toEqual([]);
    expect(kept.estimate).toEqual(estimatePlan(kept.items, []));
    expect(kept.estimate.issuesPerLevel).toEqual({ '1': 1, '0': 2, '-1': 4 });
  });

  it('keeps a sub-task excluded on its own out, and its service in', () => {
    const { plan: kept, excluded } = excludeItems(plan, ['service:service-1/errors']);

    expect(excluded).toEqual(['service:service-1/errors']);
    expect(kept.items.map((i) => i.localId)).toContain('service:service-1');
    expect(kept.links).toEqual(plan.links);
  });

  it('ignores ids the plan does not have and keeps the plan id', () => {
    const { plan: kept, excluded } = excludeItems(plan, ['service:gone', 'epic/nothing']);

    expect(excluded).toEqual([]);
    expect(kept).toBe(plan);
    expect(excludeItems(plan, ['service:service-3']).plan.planId).toBe('plan-x');
  });
});

describe('a draft’s excluded items', () => {
  const problemsOf = (excludedItems: unknown) => {
    const result = draftSchema.safeParse({ ...aDraft(), excludedItems });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('reads a draft saved before exclusions existed', () => {
    expect(draftSchema.parse(aDraft()).excludedItems).toBeUndefined();
  });

  it('accepts a list of local ids', () => {
    expect(problemsOf(['service:orders', 'service:billing/errors'])).toEqual([]);
  });

  it('refuses an id twice, an empty id and more ids than the limit', () => {
    expect(problemsOf(['epic', 'epic'])).toEqual(['An item is excluded twice']);
    expect(problemsOf([''])).toEqual(['An excluded item needs its id']);
    const many = Array.from({ length: DRAFT_LIMITS.excludedItems + 1 }, (_, i) => `item-${i}`);
    expect(problemsOf(many)).toEqual([
      `At most ${DRAFT_LIMITS.excludedItems} issues can be left out of a breakdown`,
    ]);
  });
});
