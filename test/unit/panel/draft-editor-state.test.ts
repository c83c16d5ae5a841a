import type { Draft } from '../../../src/domain';
import {
  initialEditorState,
  isDirty,
  reduceEditor,
  type StoredDraft,
} from '../../../static/panel/draft/draft-editor-state';
import { aDraft } from '../../support/draft-builders';

const MINE = '5b10a2844c20165700ede21b';
const THEIRS = '5b10a2844c20165700ede21a';

const stored = (draft: Draft, version: number, savedBy = MINE): StoredDraft => ({
  draft,
  version,
  savedAt: `2026-11-29T14:0${String(version)}:00.000Z`,
  savedBy,
});

const retitle =
  (title: string) =>
  (draft: Draft): Draft => ({ ...draft, discovery: { ...draft.discovery, featureTitle: title } });

describe('the draft editor state', () => {
  it('has unsaved changes after an edit, and none after its save is answered', () => {
    let state = initialEditorState(stored(aDraft(), 1));
    state = reduceEditor(state, { type: 'edit', recipe: retitle('Payouts') });
    expect(isDirty(state)).toBe(true);
    const sent = JSON.stringify(state.draft);
    state = reduceEditor(state, { type: 'saved', stored: stored(state.draft, 2), sent });
    expect(isDirty(state)).toBe(false);
    expect(state.version).toBe(2);
    expect(state.save.status).toBe('saved');
  });

  it('keeps what was typed while a save was under way, still unsaved, on the new version', () => {
    let state = initialEditorState(stored(aDraft(), 1));
    state = reduceEditor(state, { type: 'edit', recipe: retitle('Pay') });
    const sent = JSON.stringify(state.draft);
    const sentDraft = state.draft;
    state = reduceEditor(state, { type: 'status', save: { status: 'saving' } });
    state = reduceEditor(state, { type: 'edit', recipe: retitle('Payouts') });
    expect(state.save.status).toBe('saving');
    state = reduceEditor(state, { type: 'saved', stored: stored(sentDraft, 2), sent });
    expect(state.draft.discovery.featureTitle).toBe('Payouts');
    expect(state.version).toBe(2);
    expect(isDirty(state)).toBe(true);
  });

  it('takes the stored draft as answered when nothing was typed during the save', () => {
    let state = initialEditorState(stored(aDraft(), 1));
    state = reduceEditor(state, { type: 'edit', recipe: retitle('Payouts') });
    const sent = JSON.stringify(state.draft);
    // The server may normalise what it stores; that must not read as a new edit to save again.
    const normalised = { ...retitle('Payouts')(aDraft()), discovery: { ...state.draft.discovery } };
    state = reduceEditor(state, { type: 'saved', stored: stored(normalised, 2), sent });
    expect(state.draft).toBe(normalised);
    expect(isDirty(state)).toBe(false);
  });

  it('goes back to the saved version on discard', () => {
    let state = initialEditorState(stored(aDraft({ featureTitle: 'Saved title' }), 3));
    state = reduceEditor(state, { type: 'edit', recipe: retitle('Typed title') });
    state = reduceEditor(state, { type: 'discard' });
    expect(state.draft.discovery.featureTitle).toBe('Saved title');
    expect(isDirty(state)).toBe(false);
  });

  it('keeps a conflict and the edits through further typing', () => {
    let state = initialEditorState(stored(aDraft(), 1));
    const conflict = {
      currentVersion: 2,
      savedBy: THEIRS,
      savedAt: '2026-11-29T14:02:00.000Z',
      savedByName: 'Ada Admin',
    };
    state = reduceEditor(state, {
      type: 'status',
      save: { status: 'conflict', conflict, theirs: null },
    });
    state = reduceEditor(state, { type: 'edit', recipe: retitle('Mine') });
    expect(state.save).toEqual({ status: 'conflict', conflict, theirs: null });
    expect(state.draft.discovery.featureTitle).toBe('Mine');
  });

  it('remembers the newest version the person was shown, for "Keep mine" to replace', () => {
    let state = initialEditorState(stored(aDraft(), 1));
    state = reduceEditor(state, { type: 'edit', recipe: retitle('Mine') });
    state = reduceEditor(state, {
      type: 'status',
      save: {
        status: 'conflict',
        conflict: { currentVersion: 2, savedBy: THEIRS, savedAt: null, savedByName: 'Ada Admin' },
        theirs: null,
      },
    });
    const theirs = stored(aDraft({ featureTitle: 'Theirs' }), 3, THEIRS);
    state = reduceEditor(state, { type: 'theirs', stored: theirs });
    expect(state.save).toEqual({
      status: 'conflict',
      // Still the same person: the name the conflict brought stays.
      conflict: {
        currentVersion: 3,
        savedBy: THEIRS,
        savedAt: theirs.savedAt,
        savedByName: 'Ada Admin',
      },
      theirs,
    });
    // Seeing theirs changes nothing in mine.
    expect(state.draft.discovery.featureTitle).toBe('Mine');
    state = reduceEditor(state, { type: 'rebase', version: 3 });
    expect(state.version).toBe(3);
    expect(state.save.status).toBe('idle');
    expect(state.draft.discovery.featureTitle).toBe('Mine');
  });

  it('replaces the edits with their version on reload', () => {
    let state = initialEditorState(stored(aDraft(), 1));
    state = reduceEditor(state, { type: 'edit', recipe: retitle('Mine') });
    state = reduceEditor(state, {
      type: 'loaded',
      stored: stored(aDraft({ featureTitle: 'Theirs' }), 2, THEIRS),
    });
    expect(state.draft.discovery.featureTitle).toBe('Theirs');
    expect(state.version).toBe(2);
    expect(isDirty(state)).toBe(false);
  });
});
