import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { view } from '@forge/bridge';

/** The undo confirmation, as the content of the Custom UI modal the panel opens (undo-dialog.ts). */
export function UndoDialog({ count }: { count: number }) {
  return (
    <Box padding="space.300">
      <Stack space="space.200">
        <Heading size="medium" as="h1">
          {`Delete ${String(count)} created issues?`}
        </Heading>
        <Text as="p">
          This deletes the issues this run created in Jira, with anything people added to them
          since. Issues that existed before the run are kept. This cannot be undone.
        </Text>
        <Inline space="space.100" alignInline="end">
          <Button
            appearance="subtle"
            autoFocus
            onClick={() => void view.close({ confirmed: false })}
          >
            Keep the issues
          </Button>
          <Button appearance="danger" onClick={() => void view.close({ confirmed: true })}>
            Delete issues
          </Button>
        </Inline>
      </Stack>
    </Box>
  );
}
