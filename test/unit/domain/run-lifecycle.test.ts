import fc from 'fast-check';
import {
  mightUndo,
  RUN_STATUSES,
  runActions,
  runIsFinal,
  runIsGoing,
  runIsResumable,
  TERMINAL_STATUSES,
  undoRefusal,
  type RunActionInput,
  type RunStatus,
} from '../../../src/domain';

const OWNER = 'max';
const run = (status: RunStatus, made = 3): RunActionInput['run'] => ({
  status,
  accountId: OWNER,
  counts: { created: made, existed: 0 },
});
const owner = { accountId: OWNER, administersProject: false, deletesIssues: true };
const free = { underWay: false, planBusy: false };

describe("a run's lifecycle", () => {
  it('is going while queued or running, and final in every other status', () => {
    const going = RUN_STATUSES.filter(runIsGoing);
    const final = RUN_STATUSES.filter(runIsFinal);
    expect(going).toEqual(['queued', 'running']);
    expect(final).toEqual(['succeeded', 'partial', 'failed', 'cancelled', 'undone']);
    expect([...TERMINAL_STATUSES].sort()).toEqual([...final].sort());
  });

  it('can be resumed unless everything exists or was deleted again', () => {
    expect(RUN_STATUSES.filter((s) => !runIsResumable(s))).toEqual(['succeeded', 'undone']);
  });

  it('might be undone only once it has ended, made something, and was not undone already', () => {
    expect(RUN_STATUSES.filter((s) => mightUndo(run(s)))).toEqual([
      'succeeded',
      'partial',
      'failed',
      'cancelled',
    ]);
    expect(mightUndo(run('succeeded', 0))).toBe(false);
    expect(mightUndo({ ...run('partial', 0), counts: { created: 0, existed: 2 } })).toBe(true);
  });

  it('offers its owner cancel while going, resume unless finished for good, undo once ended', () => {
    const actions = Object.fromEntries(
      RUN_STATUSES.map((s) => [s, runActions({ run: run(s), ...free, caller: owner })]),
    );
    expect(actions).toEqual({
      // Recorded as going with nobody holding it: its worker died, so it can be stopped or continued.
      queued: ['cancel', 'resume'],
      running: ['cancel', 'resume'],
      succeeded: ['undo'],
      partial: ['resume', 'undo'],
      failed: ['resume', 'undo'],
      cancelled: ['resume', 'undo'],
      undone: [],
    });
  });

  it('offers only cancel while a worker holds the run, and nothing while another action holds the plan', () => {
    expect(
      runActions({ run: run('running'), underWay: true, planBusy: false, caller: owner }),
    ).toEqual(['cancel']);
    expect(
      runActions({ run: run('partial'), underWay: false, planBusy: true, caller: owner }),
    ).toEqual([]);
  });

  it("lets a project admin who may delete issues undo someone else's run, and nothing more", () => {
    const admin = { accountId: 'ana', administersProject: true, deletesIssues: true };
    expect(runActions({ run: run('partial'), ...free, caller: admin })).toEqual(['undo']);
    expect(runActions({ run: run('running'), ...free, caller: admin })).toEqual([]);
    const colleague = { ...admin, administersProject: false };
    expect(runActions({ run: run('partial'), ...free, caller: colleague })).toEqual([]);
  });

  it('says why a person may not undo: the Delete issues permission first, then whose run it is', () => {
    const colleague = { accountId: 'ana', administersProject: false, deletesIssues: true };
    expect(undoRefusal(run('partial'), owner)).toBeUndefined();
    expect(undoRefusal(run('partial'), { ...owner, deletesIssues: false })).toBe(
      'needs-delete-permission',
    );
    expect(undoRefusal(run('partial'), { ...colleague, deletesIssues: false })).toBe(
      'needs-delete-permission',
    );
    expect(undoRefusal(run('partial'), colleague)).toBe('not-theirs');
    expect(undoRefusal(run('partial'), { ...colleague, administersProject: true })).toBeUndefined();
    // Nothing to undo, so nothing to refuse.
    expect(undoRefusal(run('running'), colleague)).toBeUndefined();
    expect(undoRefusal(run('undone'), colleague)).toBeUndefined();
    expect(undoRefusal(run('succeeded', 0), colleague)).toBeUndefined();
  });

  it('offers undo to a free run exactly when it might be undone and nothing refuses it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RUN_STATUSES),
        fc.nat(3),
        fc.record({
          accountId: fc.constantFrom(OWNER, 'ana'),
          administersProject: fc.boolean(),
          deletesIssues: fc.boolean(),
        }),
        (status, made, caller) => {
          const r = run(status, made);
          const offered = runActions({ run: r, ...free, caller }).includes('undo');
          expect(offered).toBe(mightUndo(r) && undoRefusal(r, caller) === undefined);
        },
      ),
    );
  });

  it('never offers undo without the Delete issues permission', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RUN_STATUSES),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.nat(5),
        (status, underWay, planBusy, administersProject, made) => {
          const caller = { accountId: OWNER, administersProject, deletesIssues: false };
          const offered = runActions({ run: run(status, made), underWay, planBusy, caller });
          expect(offered).not.toContain('undo');
        },
      ),
    );
  });

  it('never offers cancel on a final run, nor resume or undo on a going run a worker holds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RUN_STATUSES),
        fc.boolean(),
        fc.boolean(),
        fc.record({
          accountId: fc.constantFrom(OWNER, 'ana'),
          administersProject: fc.boolean(),
          deletesIssues: fc.boolean(),
        }),
        (status, underWay, planBusy, caller) => {
          const offered = runActions({ run: run(status), underWay, planBusy, caller });
          if (runIsFinal(status)) expect(offered).not.toContain('cancel');
          if (underWay) expect(offered.filter((a) => a !== 'cancel')).toEqual([]);
        },
      ),
    );
  });
});
