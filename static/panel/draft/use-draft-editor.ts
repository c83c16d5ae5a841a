import { useCallback, useEffect, useRef, useState } from 'react';
import { draftConflictSchema } from '../../../src/contract-errors';
import type { Draft } from '../../../src/domain';
import { call } from '@ui/invoke';
import {
  browserTimer,
  createAutosaveScheduler,
  type AutosaveScheduler,
} from './autosave-scheduler';
import {
  initialEditorState,
  isDirty,
  reduceEditor,
  type DraftEditorState,
  type EditorAction,
  type SaveState,
  type StoredDraft,
} from './draft-editor-state';
import { problemsFromDetails, validateDraft } from './draft-problems';

export type { DraftEditorState, SaveState } from './draft-editor-state';

/** How long after the last keystroke the draft saves itself. */
export const AUTOSAVE_DELAY_MS = 3000;

export interface DraftEditor {
  state: DraftEditorState;
  dirty: boolean;
  edit: (recipe: (draft: Draft) => Draft) => void;
  /** Saves now (validated, based on the version loaded). Resolves to whether the draft is saved. */
  save: () => Promise<boolean>;
  /** Saves what is pending now, e.g. as the page is hidden. */
  flush: () => Promise<void>;
  /** Goes back to the saved version, dropping the edits. */
  discard: () => void;
  /** Holds a pending autosave (while the person decides whether to discard), or lets it go on. */
  holdAutosave: (hold: boolean) => void;
  /** During a conflict: fetches the version that was saved over this one, to show it. */
  seeTheirs: () => Promise<void>;
  /** During a conflict: saves this draft over theirs (the person confirmed). */
  keepMine: () => Promise<boolean>;
  /** Drops local edits and loads what is stored now. */
  reloadTheirs: () => Promise<void>;
}

function conflictFrom(details: unknown, fallbackVersion: number): SaveState {
  const parsed = draftConflictSchema.safeParse(details);
  const conflict = parsed.success
    ? parsed.data
    : { currentVersion: fallbackVersion, savedBy: null, savedAt: null, savedByName: null };
  return { status: 'conflict', conflict, theirs: null };
}

/**
 * The panel's draft: edits in a pure reducer, saved by itself a few seconds after the last edit
 * (one save at a time, always based on the version the person last saw), saves paused while a
 * conflict waits for the person's choice.
 */
export function useDraftEditor(stored: StoredDraft): DraftEditor {
  const [state, setState] = useState(() => initialEditorState(stored));
  // The state as of the last action, for saves that finish after several renders.
  const latest = useRef(state);
  const dispatch = useCallback((action: EditorAction) => {
    latest.current = reduceEditor(latest.current, action);
    setState(latest.current);
  }, []);
  // An explicit save sends the draft even when nothing changed (a first save of an empty draft).
  const forced = useRef(false);

  const [scheduler] = useState<AutosaveScheduler>(() =>
    createAutosaveScheduler({
      delayMs: AUTOSAVE_DELAY_MS,
      timer: browserTimer,
      save: async () => {
        const force = forced.current;
        forced.current = false;
        const current = latest.current;
        if (current.save.status === 'conflict') return;
        if (!force && !isDirty(current)) return;
        const problems = validateDraft(current.draft);
        if (problems.length > 0) {
          const count = problems.length;
          const message = `${String(count)} field${count === 1 ? '' : 's'} need${count === 1 ? 's' : ''} attention before the breakdown can be saved.`;
          dispatch({
            type: 'status',
            save: { status: 'invalid', source: 'browser', message, problems },
          });
          return;
        }
        dispatch({ type: 'status', save: { status: 'saving' } });
        const sent = JSON.stringify(current.draft);
        const answer = await call('draft/save', {
          draft: current.draft,
          baseVersion: current.version,
        });
        if (answer.ok) {
          dispatch({ type: 'saved', stored: answer.data, sent });
          return;
        }
        const { error } = answer;
        const save: SaveState =
          error.code === 'CONFLICT'
            ? conflictFrom(error.details, current.version)
            : error.code === 'INVALID_INPUT'
              ? {
                  status: 'invalid',
                  source: 'server',
                  message: error.message,
                  problems: problemsFromDetails(error.details),
                }
              : { status: 'error', error };
        dispatch({ type: 'status', save });
      },
    }),
  );
  useEffect(
    () => () => {
      scheduler.cancel();
    },
    [scheduler],
  );

  const edit = useCallback(
    (recipe: (draft: Draft) => Draft) => {
      dispatch({ type: 'edit', recipe });
      scheduler.changed();
    },
    [dispatch, scheduler],
  );

  const save = useCallback(async (): Promise<boolean> => {
    forced.current = true;
    await scheduler.flush();
    return latest.current.save.status === 'saved' && !isDirty(latest.current);
  }, [scheduler]);

  const flush = useCallback(() => scheduler.flush(), [scheduler]);

  const discard = useCallback(() => {
    scheduler.cancel();
    dispatch({ type: 'discard' });
  }, [dispatch, scheduler]);

  const holdAutosave = useCallback(
    (hold: boolean) => {
      if (hold) scheduler.cancel();
      else if (isDirty(latest.current)) scheduler.changed();
    },
    [scheduler],
  );

  const fetchStored = useCallback(async (): Promise<StoredDraft | null> => {
    const answer = await call('draft/get', {});
    if (answer.ok) return answer.data;
    dispatch({ type: 'status', save: { status: 'error', error: answer.error } });
    return null;
  }, [dispatch]);

  const seeTheirs = useCallback(async () => {
    const theirs = await fetchStored();
    if (theirs) dispatch({ type: 'theirs', stored: theirs });
  }, [dispatch, fetchStored]);

  const keepMine = useCallback(async (): Promise<boolean> => {
    const current = latest.current.save;
    if (current.status !== 'conflict') return save();
    dispatch({ type: 'rebase', version: current.conflict.currentVersion });
    return save();
  }, [dispatch, save]);

  const reloadTheirs = useCallback(async () => {
    scheduler.cancel();
    const theirs = await fetchStored();
    if (theirs) dispatch({ type: 'loaded', stored: theirs });
  }, [dispatch, fetchStored, scheduler]);

  return {
    state,
    dirty: isDirty(state),
    edit,
    save,
    flush,
    discard,
    holdAutosave,
    seeTheirs,
    keepMine,
    reloadTheirs,
  };
}
