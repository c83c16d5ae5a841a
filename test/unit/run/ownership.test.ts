import {
  CLOCK_SKEW_MS,
  proveOwnership,
  SEND_WINDOW_MS,
  createdAt,
} from '../../../src/run/decide/ownership';
import { nextCheckAt, SendLedger } from '../../../src/run/records/send-ledger';
import type { Run } from '../../../src/run/run';

const SENT_AT = Date.parse('2026-12-07T12:00:00.000Z');
const ADMIN = 'admin-account';

const run = (over: Partial<Pick<Run, 'items' | 'sends'>> = {}) => ({
  runId: 'run-1',
  planId: 'plan-1',
  items: [{ localId: 'epic', outcome: 'created' as const, key: 'SHOP-4', id: '10106' }],
  sends: [],
  ...over,
});
const property = { planId: 'plan-1', localId: 'epic', runId: 'run-1', templateVersion: 1 };
const jiraTime = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');
const same = (by: string) => by;

describe('proveOwnership', () => {
  it('accepts the issue the run recorded for the item', () => {
    expect(proveOwnership({ id: '10106', property }, 'plan-1', run(), same)).toMatchObject({
      ours: true,
      proof: 'record',
    });
  });

  it('refuses a copy of that property on another issue, naming the genuine one', () => {
    const verdict = proveOwnership({ id: '10999', property }, 'plan-1', run(), same);
    expect(verdict).toEqual({ ours: false, reason: expect.stringContaining('SHOP-4') as string });
  });

  it('refuses a property naming another plan, a run of another plan, or no run', () => {
    expect(proveOwnership({ id: '10106', property }, 'plan-2', run(), same).ours).toBe(false);
    expect(
      proveOwnership({ id: '10106', property }, 'plan-1', { ...run(), planId: 'plan-2' }, same)
        .ours,
    ).toBe(false);
    expect(proveOwnership({ id: '10106', property }, 'plan-1', undefined, same).ours).toBe(false);
    expect(
      proveOwnership({ id: '10106', property: { planId: 'plan-1' } }, 'plan-1', run(), same),
    ).toMatchObject({ ours: false, reason: 'its property is not one the app writes' });
  });

  describe('an issue a lost send made (no id recorded)', () => {
    const lost = run({
      items: [{ localId: 'epic', outcome: 'pending' }],
      sends: [{ at: SENT_AT, by: ADMIN, localIds: ['epic'], lostAt: SENT_AT + 30_000 }],
    });
    const candidate = (creator: string, at: number) => ({
      id: '10107',
      property,
      creator: { accountId: creator, displayName: 'Someone' },
      created: jiraTime(at),
    });

    it('is the run’s when Jira says the sender created it inside the send’s window', () => {
      expect(proveOwnership(candidate(ADMIN, SENT_AT + 1_000), 'plan-1', lost, same)).toMatchObject(
        { ours: true, proof: 'send' },
      );
      // Clock skew between the app and Jira either way.
      expect(
        proveOwnership(candidate(ADMIN, SENT_AT - CLOCK_SKEW_MS), 'plan-1', lost, same).ours,
      ).toBe(true);
    });

    it('is not when someone else created it, however well timed', () => {
      expect(proveOwnership(candidate('member', SENT_AT + 1_000), 'plan-1', lost, same).ours).toBe(
        false,
      );
    });

    it('is not when Jira created it before the send or long after', () => {
      expect(
        proveOwnership(candidate(ADMIN, SENT_AT - CLOCK_SKEW_MS - 1), 'plan-1', lost, same).ours,
      ).toBe(false);
      expect(
        proveOwnership(
          candidate(ADMIN, SENT_AT + SEND_WINDOW_MS + CLOCK_SKEW_MS + 1),
          'plan-1',
          lost,
          same,
        ).ours,
      ).toBe(false);
    });

    it('is not without Jira’s creator and created time', () => {
      expect(proveOwnership({ id: '10107', property }, 'plan-1', lost, same).ours).toBe(false);
    });

    it('proves a copy the lost send made beside the issue recorded later', () => {
      const later = { ...lost, items: run().items };
      expect(
        proveOwnership(candidate(ADMIN, SENT_AT + 1_000), 'plan-1', later, same),
      ).toMatchObject({ ours: true, proof: 'send' });
    });

    it('maps the app’s own sends to the account Jira records', () => {
      const byApp = { ...lost, sends: [{ ...lost.sends[0]!, by: 'app' }] };
      const appCreated = candidate('557058:app', SENT_AT + 1_000);
      expect(proveOwnership(appCreated, 'plan-1', byApp, () => undefined).ours).toBe(false);
      expect(proveOwnership(appCreated, 'plan-1', byApp, () => '557058:app').ours).toBe(true);
    });
  });

  it('reads Jira’s created time with its +0000 zone', () => {
    expect(createdAt('2026-12-07T12:00:00.000+0000')).toBe(SENT_AT);
    expect(createdAt('not a time')).toBeUndefined();
  });
});

describe('the send ledger', () => {
  const lag = { firstWaitMs: 500, horizonMs: 180_000 };

  it('looks again at growing intervals after a loss, the last look at the horizon', () => {
    const looks: number[] = [];
    for (let at = 0; ;) {
      const next = nextCheckAt(0, at, lag);
      if (next === undefined) break;
      looks.push(next);
      at = next;
    }
    expect(looks.slice(0, 4)).toEqual([500, 1_500, 3_500, 7_500]);
    expect(looks.at(-1)).toBe(180_000);
    expect(looks.every((at, i) => i === 0 || at > looks[i - 1]!)).toBe(true);
  });

  it('counts a send the previous invocation left unanswered as lost when it last wrote', () => {
    const ledger = new SendLedger([{ at: 1_000, by: ADMIN, localIds: ['a'] }], 5_000);
    expect(ledger.waitingSince('a')).toBe(5_000);
    expect(ledger.waitingSince('b')).toBeUndefined();
  });

  it('forgets an answered send, keeps a lost one settled once nothing of it waits', () => {
    const ledger = new SendLedger([], 0);
    const answered = ledger.open(['a'], ADMIN, 10);
    ledger.answered(answered);
    const lost = ledger.open(['b', 'c'], ADMIN, 20);
    ledger.lost(lost, 30);
    ledger.settle((id) => id === 'c');
    expect(ledger.all()).toEqual([{ at: 20, by: ADMIN, localIds: ['b', 'c'], lostAt: 30 }]);
    ledger.settle(() => false);
    expect(ledger.all()[0]?.settled).toBe(true);
    expect(ledger.waitingSince('c')).toBeUndefined();
  });
});
