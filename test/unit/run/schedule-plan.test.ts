import type { Plan } from '../../../src/domain/plan';
import {
  balancedSlices,
  schedulePlan,
  type Schedule,
  type ScheduleInput,
} from '../../../src/run/decide/schedule-plan';
import { aPlan, the41IssuePlan } from '../../support/plan-builders';

function schedule(plan: Plan, overrides: Partial<ScheduleInput> = {}): Schedule {
  return schedulePlan({
    items: plan.items,
    links: plan.links,
    existing: new Set(),
    canCarryLinks: () => true,
    doneLinks: new Set(),
    concurrency: 4,
    ...overrides,
  });
}

const chunkOf = (s: Schedule, localId: string) =>
  s.chunks.find((c) => c.localIds.includes(localId));

describe('schedulePlan', () => {
  it('never puts more than 50 issues in one bulk call, and splits evenly', () => {
    const s = schedule(aPlan({ services: 60, itemsPerService: 0, links: 0 }));
    expect(s.chunks.map((c) => c.localIds.length)).toEqual([1, 30, 30]);
  });

  it('creates every child in a chunk that waits for the chunk of its parent', () => {
    const plan = aPlan({ services: 12, itemsPerService: 5, links: 0 });
    const s = schedule(plan);
    for (const item of plan.items) {
      if (item.parent?.kind !== 'item') continue;
      const child = chunkOf(s, item.localId)!;
      const parent = chunkOf(s, item.parent.localId)!;
      expect(child.stage).toBeGreaterThan(parent.stage);
      expect(child.dependsOn).toContain(parent.index);
    }
  });

  it('folds every link of the 41-issue plan into the create request of its later end', () => {
    const plan = the41IssuePlan();
    const s = schedule(plan, { strategy: 'fold' });
    expect(s.posts).toEqual([]);
    expect(s.folds).toHaveLength(7);
    for (const fold of s.folds) {
      const link = plan.links[fold.linkIndex]!;
      const partner = fold.partner.kind === 'item' ? fold.partner.localId : '';
      expect([link.from, link.to].map((e) => (e.kind === 'item' ? e.localId : ''))).toEqual(
        expect.arrayContaining([fold.carrier, partner]),
      );
      expect(chunkOf(s, fold.carrier)!.stage).toBeGreaterThan(chunkOf(s, partner)!.stage);
    }
  });

  it('needs one more bulk call than levels for the 41-issue plan when links are folded, and no link posts', () => {
    const s = schedule(the41IssuePlan(), { strategy: 'fold' });
    expect(s.chunks).toHaveLength(4);
    expect(s.requests).toBe(4);
  });

  it('posts the links afterwards when the create screen has no issuelinks field', () => {
    const plan = the41IssuePlan();
    const s = schedule(plan, { canCarryLinks: () => false });
    expect(s.folds).toEqual([]);
    expect(s.posts.map((p) => p.linkIndex)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(s.chunks).toHaveLength(3);
    for (const post of s.posts) {
      const link = plan.links[post.linkIndex]!;
      for (const end of [link.from, link.to])
        expect(post.dependsOn).toContain(chunkOf(s, end.kind === 'item' ? end.localId : '')!.index);
    }
  });

  it('prefers folding when it saves requests without costing round trips', () => {
    expect(schedule(aPlan({ services: 40, itemsPerService: 4, links: 39 })).strategy).toBe('fold');
  });

  it('prefers posting links when folding would add a round trip that posting does not', () => {
    const small = schedule(aPlan({ services: 3, itemsPerService: 2, links: 2 }));
    expect(small.strategy).toBe('post');
    expect(small.rounds).toBe(3);
  });

  it('leaves out items Jira already has and hangs their children on them directly', () => {
    const plan = the41IssuePlan();
    const s = schedule(plan, { existing: new Set(['epic', 'service:service-1']) });
    const created = s.chunks.flatMap((c) => c.localIds);
    expect(created).not.toContain('epic');
    expect(created).not.toContain('service:service-1');
    expect(chunkOf(s, 'service:service-1/contract')!.stage).toBe(0);
  });

  it('rides a link to an issue that already exists on the new issue, without waiting for anything', () => {
    const plan = aPlan({ services: 1, itemsPerService: 0, links: 0 });
    plan.links.push({
      type: 'relates',
      from: { kind: 'item', localId: 'epic' },
      to: { kind: 'existing', key: 'SHOP-2' },
    });
    const s = schedule(plan);
    expect(s.folds).toEqual([
      {
        linkIndex: 0,
        carrier: 'epic',
        carrierIs: 'from',
        partner: { kind: 'existing', key: 'SHOP-2' },
      },
    ]);
  });

  it('does nothing for links Jira already has', () => {
    const plan = the41IssuePlan();
    const s = schedule(plan, { doneLinks: new Set([0, 1, 2, 3, 4, 5, 6]) });
    expect(s.folds).toEqual([]);
    expect(s.posts).toEqual([]);
  });
});

describe('balancedSlices', () => {
  it('uses the fewest slices, as even as possible, in order', () => {
    expect(balancedSlices([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(
      balancedSlices(
        Array.from({ length: 101 }, (_, i) => i),
        50,
      ).map((s) => s.length),
    ).toEqual([34, 34, 33]);
  });
});
