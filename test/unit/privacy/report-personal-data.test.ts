import { FORMER_USER_ID } from '../../../src/domain/privacy/personal-data';
import {
  reportPersonalData,
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
