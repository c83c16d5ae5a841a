import { undoUnavailable } from '../../../src/resolvers/run-view';
import type { Run } from '../../../src/run/run';

const run = (over: Partial<Run> = {}): Run =>
  ({
    runId: 'r',
    planId: 'p',
    accountId: 'max',
    status: 'succeeded',
    counts: { created: 14, existed: 0 },
    ...over,
  }) as unknown as Run;

const caller = { accountId: 'max', projectKey: 'SHOP' };

describe('why there is no Undo', () => {
  it('names the permission the person lacks', () => {
    expect(
      undoUnavailable(
        run(),
        { actions: [], underWay: false },
        {
          administersProject: false,
          deletesIssues: false,
        },
        caller,
      ),
    ).toBe(
      'Undo needs the "Delete issues" permission in SHOP, which you do not have: someone who has it can undo this run from here.',
    );
  });

  it('says whose run it is when the permission is there', () => {
    expect(
      undoUnavailable(
        run({ accountId: 'ada' }),
        { actions: [], underWay: false },
        {
          administersProject: false,
          deletesIssues: true,
        },
        caller,
      ),
    ).toBe('Only the person who ran this, or an administrator of SHOP, can undo it.');
  });

  it('says nothing when Undo is offered, the run is going, or nothing was made', () => {
    const held = { administersProject: false, deletesIssues: false };
    expect(
      undoUnavailable(run(), { actions: ['undo'], underWay: false }, held, caller),
    ).toBeUndefined();
    expect(undoUnavailable(run(), { actions: [], underWay: true }, held, caller)).toBeUndefined();
    expect(
      undoUnavailable(
        run({ counts: { created: 0, existed: 0 } as Run['counts'] }),
        { actions: [], underWay: false },
        held,
        caller,
      ),
    ).toBeUndefined();
    expect(
      undoUnavailable(run({ status: 'undone' }), { actions: [], underWay: false }, held, caller),
    ).toBeUndefined();
  });
});
