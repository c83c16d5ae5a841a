import { FORMER_USER_ID } from '../../../src/domain/privacy/personal-data';
import {
  reportPersonalData,
  STOP_MARGIN_MS,
  type AccountAnswer,
  type ReportedAccount,
} from '../../../src/privacy/report-personal-data';
import type { AppStorageEntries } from '../../../src/storage/app-storage-entries';

/** App storage as a sorted map, read in pages of 2 so paging across the scan is exercised. */
function memoryStorage(initial: Record<string, unknown>): AppStorageEntries & {
  data: Map<string, unknown>;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    async *pages() {
      const keys = [...data.keys()].sort();
      for (let i = 0; i < keys.length; i += 2)
        yield await Promise.resolve(
          keys.slice(i, i + 2).map((key) => ({ key, value: data.get(key) })),
        );
    },
    get: (key) => Promise.resolve(data.get(key)),
    set: (key, value) => Promise.resolve(void data.set(key, value)),
    delete: (key) => Promise.resolve(void data.delete(key)),
  };
}

const NOW = Date.parse('2031-05-05T10:00:00Z');

describe('the personal data report', () => {
  it('forgets an account no record names any more (its ledger entry goes too)', async () => {
    const storage = memoryStorage({ 'draft:1': { version: 1, savedBy: 'ana', draft: {} } });
    const calls: ReportedAccount[][] = [];
    const report = (accounts: ReportedAccount[]) => {
      calls.push(accounts);
      return Promise.resolve([] as AccountAnswer[]);
    };
    await reportPersonalData({ storage, report, now: () => NOW });
    expect([...storage.data.keys()].filter((k) => k.startsWith('privacy-account:'))).toHaveLength(
      1,
    );

    storage.data.set('draft:1', { version: 2, savedBy: 'ben', draft: {} });
    await reportPersonalData({ storage, report, now: () => NOW + 1 });
    const ledger = [...storage.data].filter(([k]) => k.startsWith('privacy-account:'));
    expect(ledger.map(([, v]) => (v as { accountId: string }).accountId)).toEqual(['ben']);
    expect(calls.map((c) => c.map((a) => a.accountId))).toEqual([['ana'], ['ben']]);
  });

  it('erases nothing when Atlassian does not answer, and throws so the next run tries again', async () => {
    const storage = memoryStorage({ 'draft:1': { version: 1, savedBy: 'ana', draft: {} } });
    const failing = () => Promise.reject(new Error('503'));
    await expect(reportPersonalData({ storage, report: failing, now: () => NOW })).rejects.toThrow(
      '503',
    );
    expect(storage.data.get('draft:1')).toEqual({ version: 1, savedBy: 'ana', draft: {} });
  });

  it('stops erasing before Forge would stop it, and the next report finishes the job', async () => {
    const drafts = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [
        `draft:${i}`,
        { version: 1, savedBy: 'ana', draft: {} },
      ]),
    );
    const storage = memoryStorage(drafts);
    const closedAna = (accounts: ReportedAccount[]) =>
      Promise.resolve(accounts.map((a) => ({ accountId: a.accountId, status: 'closed' as const })));
    // 2 pages of 2 entries fit; then only 9 s are left (under the 10 s kept in hand).
    const left = [STOP_MARGIN_MS + 30_000, STOP_MARGIN_MS + 20_000, STOP_MARGIN_MS - 1_000];
    const first = await reportPersonalData({
      storage,
      report: closedAna,
      now: () => NOW,
      remainingMs: () => left.shift() ?? 0,
    });
    expect(first).toMatchObject({ closed: 1, unfinished: true });
    const kept = [...storage.data.values()].filter(
      (v) => (v as { savedBy?: string }).savedBy === 'ana',
    );
    expect(kept.length).toBeGreaterThan(0);
    const second = await reportPersonalData({ storage, report: closedAna, now: () => NOW });
    expect(second).toMatchObject({ closed: 1, unfinished: false });
    expect(JSON.stringify([...storage.data.values()])).not.toContain('"ana"');
  });

  it('acts only on accounts it reported (an answer about another account changes nothing)', async () => {
    const storage = memoryStorage({
      'draft:1': { version: 1, savedBy: 'ana', draft: {} },
      'draft:2': { version: 1, savedBy: 'ben', draft: {} },
    });
    const report = (accounts: ReportedAccount[]) =>
      Promise.resolve([
        { accountId: 'zed', status: 'closed' },
        ...accounts
          .filter((a) => a.accountId === 'ben')
          .map((a) => ({ accountId: a.accountId, status: 'closed' })),
      ] as AccountAnswer[]);
    const summary = await reportPersonalData({ storage, report, now: () => NOW });
    expect(summary).toMatchObject({ reported: 2, calls: 1, closed: 1 });
    expect(storage.data.get('draft:1')).toMatchObject({ savedBy: 'ana' });
    expect(storage.data.get('draft:2')).toMatchObject({ savedBy: FORMER_USER_ID });
  });
});
