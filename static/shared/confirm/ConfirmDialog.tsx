import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { view } from '@forge/bridge';
import type { ConfirmDialogContext } from './confirm-dialog';

/**
 * The content of the confirmation modal: the question, what it means, and two choices at the
 * end, the safe one first and focused, as Jira's own dialogs do. The only place a danger button
 * appears.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  appearance,
}: ConfirmDialogContext) {
  return (
    <Box padding="space.300">
      <Stack space="space.200">
        <Heading size="medium" as="h1">
          {title}
        </Heading>
        <Text as="p">{body}</Text>
        <Inline space="space.100" alignInline="end">
          <Button
            appearance="subtle"
            autoFocus
            onClick={() => void view.close({ confirmed: false })}
          >
            {cancelLabel}
          </Button>
          <Button appearance={appearance} onClick={() => void view.close({ confirmed: true })}>
            {confirmLabel}
          </Button>
        </Inline>
      </Stack>
    </Box>
  );
}
