import { buildPlan, diffPlan, type Plan } from '../../../src/domain';
import { SHOP_ISSUE_TYPES, aDraft, builtIn } from '../../support/draft-builders';

function planOf(draft = aDraft()): Plan {
  const result = buildPlan(draft, builtIn('backend-service-breakdown'), SHOP_ISSUE_TYPES, {
    planId: 'plan-1',
    projectId: '10000',
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe('diffPlan', () => {
  it('creates everything when nothing exists yet', () => {
    const plan = planOf();
    const diff = diffPlan(plan, []);
    expect([diff.toCreate, diff.existing, diff.removed, diff.links]).toEqual([
      plan.items,
      [],
      [],
      plan.links,
    ]);
  });

  it('creates nothing when every item exists', () => {
    const plan = planOf();
    const existing = plan.items.map((item, index) => ({
      localId: item.localId,
      key: `SHOP-${index + 10}`,
    }));
    const diff = diffPlan(plan, existing);
    expect([diff.toCreate, diff.existing, diff.links]).toEqual([[], existing, []]);
  });

  it('creates only the missing items, under the keys their parents already have', () => {
    const plan = planOf();
    const existing = [
      { localId: 'epic', key: 'SHOP-10' },
      { localId: 'service:orders', key: 'SHOP-11' },
    ];
    const diff = diffPlan(plan, existing);
    const errors = diff.toCreate.find((item) => item.localId === 'service:orders/errors');
    expect(diff.toCreate).toHaveLength(plan.items.length - 2);
    expect(errors?.parent).toEqual({ kind: 'existing', key: 'SHOP-11' });
  });

  it('reports issues whose part of the draft was removed', () => {
    const draft = aDraft();
    draft.scoping.services = draft.scoping.services.filter(
      (service) => service.id !== 'notifications',
    );
    const diff = diffPlan(planOf(draft), [
      { localId: 'service:notifications/errors', key: 'SHOP-22' },
      { localId: 'service:notifications', key: 'SHOP-21' },
      { localId: 'epic', key: 'SHOP-20' },
    ]);
    expect(diff.removed).toEqual([
      { localId: 'service:notifications', key: 'SHOP-21' },
      { localId: 'service:notifications/errors', key: 'SHOP-22' },
    ]);
  });

  it('keeps links that have an end still to create', () => {
    const plan = planOf();
    const diff = diffPlan(plan, [
      { localId: 'service:payments', key: 'SHOP-1' },
      { localId: 'service:orders', key: 'SHOP-2' },
    ]);
    expect(diff.links.map((link) => link.to)).toEqual([
      { kind: 'item', localId: 'service:notifications' },
    ]);
  });
});
