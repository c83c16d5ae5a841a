import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import { view } from '@forge/bridge';
import { plural } from '@ui/plural';

/** The undo confirmation, as the content of the Custom UI modal the panel opens (undo-dialog.ts). */
export function UndoDialog({ count, earlier }: { count: number; earlier: number }) {
  const made = count - earlier;
  return (
    <Box padding="space.300">
      <Stack space="space.200">
        <Heading size="medium" as="h1">
          {`Delete ${plural(count, 'issue')} the breakdown made?`}
        </Heading>
        <Text as="p">
          {earlier > 0
            ? `This deletes the ${plural(made, 'issue')} this run created and the ${plural(earlier, 'issue')} an earlier run of this breakdown made, which this run found in place, with anything people added to them since.`
            : `This deletes the ${plural(made, 'issue')} this run created, with anything people added to them since.`}
        </Text>
        <Text as="p">
          An issue someone changed the breakdown’s record of, or one that now holds work the
          breakdown did not make, is kept; the result says which. Deleting cannot be undone.
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
