import { creationStages, estimatePlan, type PlanItem, type PlanLink } from '../../../src/domain';

type Sketch = Pick<PlanItem, 'localId' | 'level' | 'parent'>;

const item = (localId: string, level: 1 | 0 | -1, parent?: string): Sketch => ({
  localId,
  level,
  parent: parent ? { kind: 'item', localId: parent } : null,
});
const many = (prefix: string, count: number, level: 1 | 0 | -1, parent?: string) =>
  Array.from({ length: count }, (_, i) => item(`${prefix}${i}`, level, parent));
const blocks = (from: string, to: string): PlanLink => ({
  type: 'blocks',
  from: { kind: 'item', localId: from },
  to: { kind: 'item', localId: to },
});

describe('estimatePlan', () => {
  it('counts issues per hierarchy level', () => {
    const items = [item('epic', 1), ...many('s', 3, 0, 'epic'), ...many('t', 7, -1, 's0')];
    expect(estimatePlan(items).issuesPerLevel).toEqual({ '1': 1, '0': 3, '-1': 7 });
  });

  it('needs one bulk request per started 50 issues of each level when nothing is linked', () => {
    const items = [item('epic', 1), ...many('s', 50, 0, 'epic'), ...many('t', 51, -1, 's0')];
    expect(estimatePlan(items).bulkRequests).toBe(4);
  });

  it('puts two linked services into different calls, so each can name the other', () => {
    const items = [item('epic', 1), item('a', 0, 'epic'), item('b', 0, 'epic')];
    expect(estimatePlan(items).bulkRequests).toBe(2);
    expect(estimatePlan(items, [blocks('a', 'b')]).bulkRequests).toBe(3);
  });

  it('lets the first services’ sub-tasks share a call with the linked services after them', () => {
    // The executor's 41-issue reference shape: 8 chained services with 4 sub-tasks each.
    const services = many('s', 8, 0, 'epic');
    const subtasks = services.flatMap((s) => many(`${s.localId}-t`, 4, -1, s.localId));
    const chain = services.slice(1).map((s, i) => blocks(services[i]!.localId, s.localId));
    const estimate = estimatePlan([item('epic', 1), ...services, ...subtasks], chain);
    expect(estimate.bulkRequests).toBe(4);
  });

  it('ignores links to issues that exist already: those ride along with the new end', () => {
    const items = [item('epic', 1)];
    const toCurrent: PlanLink = {
      type: 'relates',
      from: { kind: 'item', localId: 'epic' },
      to: { kind: 'existing', key: 'SHOP-2' },
    };
    expect(estimatePlan(items, [toCurrent]).bulkRequests).toBe(1);
  });

  it('needs no request for an empty plan', () => {
    expect(estimatePlan([]).bulkRequests).toBe(0);
  });
});

describe('creationStages', () => {
  it('creates a child one stage after its parent', () => {
    const stages = creationStages([item('epic', 1), item('s', 0, 'epic'), item('t', -1, 's')], []);
    expect([...stages.entries()]).toEqual([
      ['epic', 0],
      ['s', 1],
      ['t', 2],
    ]);
  });

  it('never puts two linked items in one stage, taking the earliest stage that is free', () => {
    const items = [item('epic', 1), ...many('s', 4, 0, 'epic')];
    const stages = creationStages(items, [
      ['s0', 's1'],
      ['s1', 's2'],
      ['s0', 's2'],
    ]);
    expect([stages.get('s0'), stages.get('s1'), stages.get('s2'), stages.get('s3')]).toEqual([
      1, 2, 3, 1,
    ]);
  });
});
