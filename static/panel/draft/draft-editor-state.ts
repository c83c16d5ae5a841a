import type { DraftConflict, ResolverError, ResolverOutput } from '../../../src/contract';
import type { Draft } from '../../../src/domain';
import type { DraftProblem } from './draft-problems';

export type StoredDraft = ResolverOutput<'draft/get'>;

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  /**
   * The draft does not validate: checked in the browser (not sent), or the resolver said so
   * (problems the form's own live check may not show).
   */
  | { status: 'invalid'; source: 'browser' | 'server'; message: string; problems: DraftProblem[] }
  /**
   * Someone saved first. Saving pauses until the person chooses; `theirs` is their version once
   * asked for, and `conflict` names the newest version this person has been told about.
   */
  | { status: 'conflict'; conflict: DraftConflict; theirs: StoredDraft | null }
  | { status: 'error'; error: ResolverError };

export interface DraftEditorState {
  draft: Draft;
  version: number;
  savedAt: string | null;
  savedBy: string | null;
  /** The draft as last loaded or saved: what "Discard changes" goes back to. */
  saved: Draft;
  /** `saved`, serialised, to tell whether there are unsaved edits. */
  baseline: string;
  save: SaveState;
}

export type EditorAction =
  | { type: 'edit'; recipe: (draft: Draft) => Draft }
  /** A save of `sent` (the draft serialised as sent) was answered with `stored`. */
  | { type: 'saved'; stored: StoredDraft; sent: string }
  | { type: 'loaded'; stored: StoredDraft }
  | { type: 'discard' }
  /** Their version was fetched while a conflict is open. */
  | { type: 'theirs'; stored: StoredDraft }
  /** "Keep mine": the next save is based on their version, so it replaces it. */
  | { type: 'rebase'; version: number }
  | { type: 'status'; save: SaveState };

export function isDirty(state: DraftEditorState): boolean {
  return JSON.stringify(state.draft) !== state.baseline;
}

function fromStored(stored: StoredDraft, save: SaveState): DraftEditorState {
  return {
    draft: stored.draft,
    version: stored.version,
    savedAt: stored.savedAt,
    savedBy: stored.savedBy,
    saved: stored.draft,
    baseline: JSON.stringify(stored.draft),
    save,
  };
}

export function initialEditorState(stored: StoredDraft): DraftEditorState {
  return fromStored(stored, { status: 'idle' });
}

/** The draft editor's state: pure, so autosave's races are decided here and tested as data. */
export function reduceEditor(state: DraftEditorState, action: EditorAction): DraftEditorState {
  switch (action.type) {
    case 'edit':
      return {
        ...state,
        draft: action.recipe(state.draft),
        // A save under way, a problem or a conflict stays shown until the next save settles it.
        save: state.save.status === 'saved' ? { status: 'idle' } : state.save,
      };
    case 'saved': {
      const next = fromStored(action.stored, { status: 'saved' });
      // Edits typed while the save was under way stay, and are saved next.
      const editedSince = JSON.stringify(state.draft) !== action.sent;
      return editedSince ? { ...next, draft: state.draft } : next;
    }
    case 'loaded':
      return fromStored(action.stored, { status: 'idle' });
    case 'discard':
      return { ...state, draft: state.saved, save: { status: 'idle' } };
    case 'theirs': {
      if (state.save.status !== 'conflict') return state;
      const { version, savedBy, savedAt } = action.stored;
      return {
        ...state,
        save: {
          status: 'conflict',
          conflict: {
            currentVersion: version,
            savedBy,
            savedAt,
            // The name came with the conflict; it still holds while the same person is the saver.
            savedByName:
              savedBy === state.save.conflict.savedBy ? state.save.conflict.savedByName : null,
          },
          theirs: action.stored,
        },
      };
    }
    case 'rebase':
      return { ...state, version: action.version, save: { status: 'idle' } };
    case 'status':
      return { ...state, save: action.save };
  }
}
