import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { DraftEditorState } from '../draft/use-draft-editor';
import { savedAtText } from '../draft/saved-at-text';
import { confirmInModal } from '@ui/confirm/confirm-dialog';

/** The save state in a few words; the first part stays "Saved" when saved. */
function statusText(state: DraftEditorState, dirty: boolean): [string, string?] {
  switch (state.save.status) {
    case 'saving':
      return ['Saving…'];
    case 'conflict':
      return ['Not saved: this draft was saved elsewhere while you were editing'];
    case 'error':
      // Nothing stored was touched and the edits are still on screen: say so, and Retry.
      return state.save.error.code === 'STORAGE_UNAVAILABLE'
        ? ["Couldn't save: Jira's app storage did not answer, nothing was lost"]
        : ["Couldn't save"];
    case 'invalid':
      return ['Not saved: some fields need attention'];
    case 'idle':
    case 'saved':
      break;
  }
  if (dirty) return ['Unsaved changes'];
  if (state.version === 0) return ['No breakdown has been started for this issue yet.'];
  return state.savedAt ? ['Saved', savedAtText(state.savedAt)] : ['Saved'];
}

/**
 * Where the draft stands (it saves itself a few seconds after the last edit), a save right now,
 * a way back to the saved version, and the next step (which saves first).
 */
export function SaveBar({
  state,
  dirty,
  nextLabel,
  onSave,
  onDiscard,
  onHoldAutosave,
  onNext,
}: {
  state: DraftEditorState;
  dirty: boolean;
  nextLabel: string;
  onSave: () => void;
  onDiscard: () => void;
  /** Nothing saves by itself while the person is asked whether to discard. */
  onHoldAutosave: (hold: boolean) => void;
  onNext: () => void;
}) {
  // Asked in Jira's modal, the app's one confirmation style; nothing saves by itself meanwhile.
  const confirmDiscard = async () => {
    onHoldAutosave(true);
    const discard = await confirmInModal({
      title: 'Discard your changes?',
      body:
        state.version === 0
          ? 'The breakdown goes back to empty. Your changes since you opened it are lost.'
          : `The breakdown goes back to the version saved${state.savedAt ? ` ${savedAtText(state.savedAt)}` : ''}. Your changes since are lost.`,
      confirmLabel: 'Discard changes',
      cancelLabel: 'Keep editing',
      appearance: 'warning',
    });
    if (discard) onDiscard();
    else onHoldAutosave(false);
  };

  const conflict = state.save.status === 'conflict';
  const canDiscard = dirty && !conflict && state.save.status !== 'saving';
  const [status, when] = statusText(state, dirty);
  return (
    <Stack space="space.100">
      <Inline space="space.100" alignBlock="center" spread="space-between" shouldWrap>
        <Inline space="space.100" alignBlock="center">
          <Text color="color.text.subtle" testId="draft-status">
            <span role="status" aria-live="polite">
              <span>{status}</span>
              {when ? ` ${when}` : null}
            </span>
          </Text>
          {state.save.status === 'error' ? (
            <Button appearance="subtle" spacing="compact" onClick={onSave}>
              Retry
            </Button>
          ) : null}
        </Inline>
        <Inline space="space.100">
          {canDiscard ? (
            <Button appearance="subtle" onClick={() => void confirmDiscard()}>
              Discard changes
            </Button>
          ) : null}
          <Button isDisabled={conflict} onClick={onSave}>
            Save
          </Button>
          <Button appearance="primary" isDisabled={conflict} onClick={onNext}>
            {nextLabel}
          </Button>
        </Inline>
      </Inline>
    </Stack>
  );
}
