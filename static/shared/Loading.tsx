import { Box, Inline } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';

export function Loading({ label }: { label: string }) {
  return (
    <Box padding="space.200" role="status" aria-live="polite">
      <Inline space="space.100" alignBlock="center">
        <Spinner size="medium" label={label} />
        <span>{label}</span>
      </Inline>
    </Box>
  );
}
