import fc from 'fast-check';
import { planIdOf, planOriginOf, type PlanOrigin } from '../../../src/domain';

const issueId = fc.bigInt({ min: 1n, max: 10n ** 12n }).map(String);
const origin: fc.Arbitrary<PlanOrigin> = fc.record({
  kind: fc.constantFrom('breakdown' as const, 'fan-out' as const),
  issueId,
});

describe('plan ids', () => {
  it('read back as the origin they were built from', () => {
    fc.assert(fc.property(origin, (o) => expect(planOriginOf(planIdOf(o))).toEqual(o)));
  });

  it('differ for a breakdown and a fan-out on the same issue, and between issues', () => {
    fc.assert(
      fc.property(origin, origin, (a, b) =>
        expect(planIdOf(a) === planIdOf(b)).toBe(a.kind === b.kind && a.issueId === b.issueId),
      ),
    );
  });

  it('keep the format stored runs, claims and issue properties already carry', () => {
    expect(planIdOf({ kind: 'breakdown', issueId: '10001' })).toBe('issue-10001');
    expect(planIdOf({ kind: 'fan-out', issueId: '10042' })).toBe('epic-10042');
  });

  it('name no origin for anything else', () => {
    for (const other of [
      '',
      'issue-',
      'epic-',
      'issue-12a',
      'story-10001',
      ' issue-1',
      'epic-1 ',
    ]) {
      expect(planOriginOf(other)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const read = planOriginOf(text);
        if (read) expect(planIdOf(read)).toBe(text);
      }),
    );
  });
});
