import type { Plan } from '../../../src/domain/plan';
import { createPayload, type PayloadContext } from '../../../src/run/decide/create-payload';
import { SHOP_ISSUE_TYPES, the41IssuePlan } from '../../support/plan-builders';

const BLOCKS = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };

function context(plan: Plan, keys: Record<string, string> = {}): PayloadContext {
  return {
    plan,
    runId: 'run-1',
    issueTypeOf: (id) =>
      SHOP_ISSUE_TYPES.find((t) => t.id === plan.items.find((i) => i.localId === id)!.issueTypeId)!,
    keyOf: (id) => keys[id],
    linkTypeOf: () => BLOCKS,
  };
}

describe('the create request of a plan item', () => {
  it("carries the app's property with plan id, local id, run id and template version", () => {
    const plan = the41IssuePlan({ planId: 'plan-7', templateVersion: 3 });
    const payload = createPayload(plan.items[0]!, [], context(plan));
    expect(payload.properties).toEqual([
      {
        key: 'backend-breakdown',
        value: { planId: 'plan-7', localId: 'epic', runId: 'run-1', templateVersion: 3 },
      },
    ]);
  });

  it("hangs an item under its parent's key", () => {
    const plan = the41IssuePlan();
    const subtask = plan.items.find((i) => i.localId === 'service:service-2/errors')!;
    expect(
      createPayload(subtask, [], context(plan, { 'service:service-2': 'SHOP-12' })).fields.parent,
    ).toEqual({ key: 'SHOP-12' });
  });

  it('describes a folded link from the new issue: outwardIssue when it blocks, inwardIssue when it is blocked', () => {
    const plan = the41IssuePlan();
    const ctx = context(plan, {
      'service:service-1': 'SHOP-11',
      'service:service-3': 'SHOP-13',
      epic: 'SHOP-10',
    });
    const blocked = plan.items.find((i) => i.localId === 'service:service-2')!;
    const payload = createPayload(
      blocked,
      [
        {
          linkIndex: 0,
          carrier: 'service:service-2',
          carrierIs: 'to',
          partner: { kind: 'item', localId: 'service:service-1' },
        },
        {
          linkIndex: 1,
          carrier: 'service:service-2',
          carrierIs: 'from',
          partner: { kind: 'item', localId: 'service:service-3' },
        },
      ],
      ctx,
    );
    expect(payload.update).toEqual({
      issuelinks: [
        { add: { type: { id: '10000' }, inwardIssue: { key: 'SHOP-11' } } },
        { add: { type: { id: '10000' }, outwardIssue: { key: 'SHOP-13' } } },
      ],
    });
  });

  it('leaves out empty labels and components, which a screen without them would reject', () => {
    const plan = the41IssuePlan();
    const epic = {
      ...plan.items[0]!,
      fields: { ...plan.items[0]!.fields, labels: [], components: [] },
    };
    const fields = createPayload(epic, [], context(plan)).fields;
    expect(fields).not.toHaveProperty('labels');
    expect(fields).not.toHaveProperty('components');
    expect(fields).toMatchObject({
      project: { id: '10000' },
      issuetype: { id: '10000' },
      summary: epic.fields.summary,
    });
  });
});
