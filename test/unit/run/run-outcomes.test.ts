import type { ExistingPlanIssue } from '../../../src/run/steps/reconcile';
import { RunOutcomes } from '../../../src/run/decide/run-outcomes';
import { the41IssuePlan } from '../../support/plan-builders';

describe('run outcomes', () => {
  it('reports the children of a failed item as blocked, naming the failed item', () => {
    const plan = the41IssuePlan();
    const outcomes = new RunOutcomes(plan, 'run-1', { items: [], linkOutcomes: [] });
    outcomes.failed('service:service-3', 'customfield_10050: Team is required.');
    expect(outcomes.blockIfParentMissing(outcomes.planItem('service:service-3/errors'))).toBe(true);
    expect(outcomes.item('service:service-3/errors')).toEqual({
      localId: 'service:service-3/errors',
      outcome: 'blocked',
      blockedBy: 'service:service-3',
      reason: expect.stringContaining('Team is required.') as string,
    });
  });

  it('traces a blocked grandchild to the item that failed', () => {
    const plan = the41IssuePlan();
    const outcomes = new RunOutcomes(plan, 'run-1', { items: [], linkOutcomes: [] });
    outcomes.failed('epic', 'no');
    outcomes.blockIfParentMissing(outcomes.planItem('service:service-1'));
    outcomes.blockIfParentMissing(outcomes.planItem('service:service-1/contract'));
    expect(outcomes.item('service:service-1/contract')).toMatchObject({
      outcome: 'blocked',
      blockedBy: 'epic',
    });
  });

  it('lets a child whose parent was created go ahead', () => {
    const plan = the41IssuePlan();
    const outcomes = new RunOutcomes(plan, 'run-1', { items: [], linkOutcomes: [] });
    outcomes.created('service:service-1', 'SHOP-9', '10200');
    expect(outcomes.blockIfParentMissing(outcomes.planItem('service:service-1/contract'))).toBe(
      false,
    );
  });

  it('records what reconciliation finds as created by this run or as existing from another', () => {
    const plan = the41IssuePlan();
    const outcomes = new RunOutcomes(plan, 'run-2', { items: [], linkOutcomes: [] });
    const found = (localId: string, runId: string, key: string): [string, ExistingPlanIssue] => [
      localId,
      { localId, key, id: key, runId, templateVersion: 1, linkPairs: [], proof: 'record' },
    ];
    outcomes.absorb(
      new Map([found('epic', 'run-1', 'SHOP-7'), found('service:service-1', 'run-2', 'SHOP-8')]),
    );
    expect(outcomes.item('epic')).toMatchObject({ outcome: 'existed', key: 'SHOP-7' });
    expect(outcomes.item('service:service-1')).toMatchObject({ outcome: 'created', key: 'SHOP-8' });
  });
});
