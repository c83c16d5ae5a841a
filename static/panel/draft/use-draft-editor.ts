import { useCallback, useReducer } from 'react';
import type { ResolverError, ResolverOutput } from '../../../src/contract';
import type { Draft } from '../../../src/domain';
import { call } from '@ui/invoke';
import { problemsFromDetails, validateDraft, type DraftProblem } from './draft-problems';

type StoredDraft = ResolverOutput<'draft/get'>;

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  /** The draft does not validate (in the browser, or the resolver said so). */
  | { status: 'invalid'; message: string; problems: DraftProblem[] }
  /** Someone else saved first: the edits stay on screen until the user reloads. */
  | { status: 'conflict'; message: string }
  | { status: 'error'; error: ResolverError };

export interface DraftEditorState {
  draft: Draft;
  version: number;
  savedAt: string | null;
  /** The draft as last loaded or saved, serialised, to tell whether there are unsaved edits. */
  baseline: string;
  save: SaveState;
}

type Action =
  | { type: 'edit'; recipe: (draft: Draft) => Draft }
  | { type: 'loaded'; stored: StoredDraft; save: SaveState }
  | { type: 'save'; save: SaveState };

function reduce(state: DraftEditorState, action: Action): DraftEditorState {
  switch (action.type) {
    case 'edit': {
      const keepProblems = state.save.status === 'invalid' || state.save.status === 'conflict';
      return {
        ...state,
        draft: action.recipe(state.draft),
        save: keepProblems ? state.save : { status: 'idle' },
      };
    }
    case 'loaded':
      return {
        draft: action.stored.draft,
        version: action.stored.version,
        savedAt: action.stored.savedAt,
        baseline: JSON.stringify(action.stored.draft),
        save: action.save,
      };
    case 'save':
      return { ...state, save: action.save };
  }
}

export function initialEditorState(stored: StoredDraft): DraftEditorState {
  return reduce({} as DraftEditorState, { type: 'loaded', stored, save: { status: 'idle' } });
}

export interface DraftEditor {
  state: DraftEditorState;
  dirty: boolean;
  edit: (recipe: (draft: Draft) => Draft) => void;
  /** Validates, then saves based on the loaded version. Resolves to whether the draft is saved. */
  save: () => Promise<boolean>;
  /** Drops local edits and loads what is stored now (after a conflict). */
  reload: () => Promise<void>;
}

/** The panel's draft: edits in a reducer, saves with optimistic concurrency. */
export function useDraftEditor(stored: StoredDraft): DraftEditor {
  const [state, dispatch] = useReducer(reduce, stored, initialEditorState);
  const dirty = JSON.stringify(state.draft) !== state.baseline;

  const edit = useCallback((recipe: (draft: Draft) => Draft) => {
    dispatch({ type: 'edit', recipe });
  }, []);

  const save = useCallback(async (): Promise<boolean> => {
    const problems = validateDraft(state.draft);
    if (problems.length > 0) {
      const message = `${String(problems.length)} field${problems.length === 1 ? '' : 's'} need attention before saving.`;
      dispatch({ type: 'save', save: { status: 'invalid', message, problems } });
      return false;
    }
    dispatch({ type: 'save', save: { status: 'saving' } });
    const answer = await call('draft/save', { draft: state.draft, baseVersion: state.version });
    if (answer.ok) {
      dispatch({ type: 'loaded', stored: answer.data, save: { status: 'saved' } });
      return true;
    }
    const { error } = answer;
    if (error.code === 'CONFLICT') {
      dispatch({ type: 'save', save: { status: 'conflict', message: error.message } });
    } else if (error.code === 'INVALID_INPUT') {
      const save: SaveState = {
        status: 'invalid',
        message: error.message,
        problems: problemsFromDetails(error.details),
      };
      dispatch({ type: 'save', save });
    } else {
      dispatch({ type: 'save', save: { status: 'error', error } });
    }
    return false;
  }, [state.draft, state.version]);

  const reload = useCallback(async () => {
    const answer = await call('draft/get', {});
    if (answer.ok) dispatch({ type: 'loaded', stored: answer.data, save: { status: 'idle' } });
    else dispatch({ type: 'save', save: { status: 'error', error: answer.error } });
  }, []);

  return { state, dirty, edit, save, reload };
}
