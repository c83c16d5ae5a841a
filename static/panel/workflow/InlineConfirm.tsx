import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { Ref } from 'react';

/**
 * A question asked where the person is, with a warning button that does it and a subtle one that
 * does not: the panel's confirmations (discard, keep mine, reload theirs) are one sentence and two
 * choices, too small for a dialog over the page. `confirmRef` lets the caller move focus to it.
 */
export function InlineConfirm({
  question,
  confirmLabel,
  cancelLabel = 'Cancel',
  busy = false,
  confirmRef,
  onConfirm,
  onCancel,
}: {
  question: string;
  confirmLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  confirmRef: Ref<HTMLButtonElement>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Stack space="space.100">
      <Text weight="bold">{question}</Text>
      <Inline space="space.100" shouldWrap>
        <Button ref={confirmRef} appearance="warning" isDisabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </Inline>
    </Stack>
  );
}
