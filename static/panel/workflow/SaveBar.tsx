import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import type { DraftEditorState } from '../draft/use-draft-editor';

function statusText(state: DraftEditorState, dirty: boolean): string {
  if (state.save.status === 'saving') return 'Saving…';
  if (dirty) return 'Unsaved changes';
  if (state.save.status === 'saved') return 'Saved';
  if (state.version === 0) return 'No breakdown has been started for this issue yet.';
  return state.savedAt ? `Saved ${new Date(state.savedAt).toLocaleString()}` : 'Saved';
}

/** Save, and move on to the next step (which saves first). */
export function SaveBar({
  state,
  dirty,
  nextLabel,
  onSave,
  onNext,
}: {
  state: DraftEditorState;
  dirty: boolean;
  nextLabel: string;
  onSave: () => void;
  onNext: () => void;
}) {
  const saving = state.save.status === 'saving';
  return (
    <Inline space="space.100" alignBlock="center" spread="space-between" shouldWrap>
      <Text color="color.text.subtle" testId="draft-status">
        <span role="status" aria-live="polite">
          {statusText(state, dirty)}
        </span>
      </Text>
      {/* Loading, not disabled, while saving: a disabled button drops focus to the page. */}
      <Inline space="space.100">
        <Button isLoading={saving} onClick={onSave}>
          Save
        </Button>
        <Button appearance="primary" isLoading={saving} onClick={onNext}>
          {nextLabel}
        </Button>
      </Inline>
    </Inline>
  );
}
