import { LIMIT } from '@forge/api/out/privacy';
import {
  accountIdsIn,
  FORMER_USER_ID,
  pagesOf,
  REPORT_LIMIT,
  withoutAccounts,
} from '../../../src/domain/privacy/personal-data';

const ANA = '5b10a2844c20165700ede21a';
const BEN = '712020:0b7cd3d1-5c2f-4a8b-9a63-2f4b0f5f4f01';

describe('the account ids a stored value names', () => {
  it('finds savers, tombstones, defaults, run owners and fixed assignees, each once', () => {
    expect(
      accountIdsIn('draft:1', { version: 2, savedBy: ANA, draft: { stakeholders: [] } }),
    ).toEqual([ANA]);
    expect(
      accountIdsIn('template:site:a', {
        deleted: { at: 'x', by: BEN },
        current: null,
        history: [],
      }),
    ).toEqual([BEN]);
    expect(
      accountIdsIn('template-default:10000', { templateId: 'a', setBy: ANA, setAt: 'x' }),
    ).toEqual([ANA]);
    expect(
      accountIdsIn('run:r1:plan:0', [
        { localId: 'a', fields: { assignee: { accountId: BEN } } },
        { localId: 'b', fields: { assignee: { accountId: null } } },
        { localId: 'c', fields: { assignee: { accountId: BEN } } },
      ]),
    ).toEqual([BEN]);
    expect(accountIdsIn('run:r1', { accountId: ANA, undo: { accountId: BEN } }).sort()).toEqual(
      [ANA, BEN].sort(),
    );
  });

  it('reads a claim’s whole value as its claimer, and nothing else’s', () => {
    expect(accountIdsIn('template-claim:site:a:3', ANA)).toEqual([ANA]);
    expect(accountIdsIn('draft-version:1:2', ANA)).toEqual([ANA]);
    expect(accountIdsIn('plan-run:p1', 'r1')).toEqual([]);
  });

  it('is not fooled into reporting the pseudonym or the app itself', () => {
    expect(
      accountIdsIn('run:r1', { accountId: FORMER_USER_ID, undo: { accountId: 'app' } }),
    ).toEqual([]);
  });
});

describe('a stored value without closed accounts', () => {
  const closed = new Set([ANA]);

  it('pseudonymises every id, drops fixed assignees, and keeps the rest as it was', () => {
    const stored = {
      version: 3,
      savedBy: ANA,
      history: [
        { version: 3, savedBy: ANA, name: 'Shop' },
        { version: 2, savedBy: BEN, name: 'Shop' },
      ],
      template: { service: { fields: { assignee: { kind: 'user', accountId: ANA }, custom: [] } } },
    };
    const { value, changed } = withoutAccounts(stored, closed);
    expect(changed).toBe(true);
    expect(value).toEqual({
      version: 3,
      savedBy: FORMER_USER_ID,
      history: [
        { version: 3, savedBy: FORMER_USER_ID, name: 'Shop' },
        { version: 2, savedBy: BEN, name: 'Shop' },
      ],
      template: { service: { fields: { custom: [] } } },
    });
    expect(stored.savedBy).toBe(ANA); // the input is not mutated
  });

  it('changes nothing the second time, nor in a value that never named them', () => {
    const once = withoutAccounts({ savedBy: ANA, claim: ANA }, closed).value;
    expect(withoutAccounts(once, closed)).toEqual({ value: once, changed: false });
    const other = { savedBy: BEN };
    expect(withoutAccounts(other, closed)).toEqual({ value: other, changed: false });
    expect(withoutAccounts(ANA, closed)).toEqual({ value: FORMER_USER_ID, changed: true });
  });
});

describe('report pages', () => {
  it('use the limit @forge/api enforces (it drops accounts past it in one call)', () => {
    expect(REPORT_LIMIT).toBe(LIMIT);
  });

  it('hold at most the limit, in order, the last one the rest', () => {
    const ids = Array.from({ length: 2 * REPORT_LIMIT + 1 }, (_, i) => i);
    const pages = pagesOf(ids);
    expect(pages.map((p) => p.length)).toEqual([REPORT_LIMIT, REPORT_LIMIT, 1]);
    expect(pages.flat()).toEqual(ids);
    expect(pagesOf([])).toEqual([]);
  });
});
