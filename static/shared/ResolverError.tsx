import Button from '@atlaskit/button/new';
import { Box, Stack, Text } from '@atlaskit/primitives';
import { lazy, Suspense } from 'react';
import type { ResolverError as ResolverErrorData } from '../../src/contract';

// Jira's section message brings its dismiss IconButton, tooltip and popper: loaded only when an
// error is shown, which keeps them out of every entry's first load.
const SectionMessage = lazy(() => import('./ResolverErrorMessage'));

const TITLES: Record<ResolverErrorData['code'], string> = {
  INVALID_INPUT: 'Some input needs attention',
  NOT_FOUND: 'Not found',
  FORBIDDEN: 'You do not have permission',
  CONFLICT: 'Someone else changed this',
  NOT_READY: 'Not ready yet',
  JIRA_ERROR: 'Jira did not answer as expected',
  UNSUPPORTED_CONTEXT: 'Not available here',
  // The message says what happened (storage did not answer, nothing was lost): not said twice.
  STORAGE_UNAVAILABLE: 'A temporary problem',
};

/** One way to show a resolver's error: Jira's section message, with a retry where it helps. */
export function ResolverError({
  error,
  onRetry,
}: {
  error: ResolverErrorData;
  onRetry?: () => void;
}) {
  const title = TITLES[error.code];
  // Trying again cannot grant a permission: a refusal offers no retry.
  const retry =
    onRetry && error.code !== 'FORBIDDEN' ? (
      <Button appearance="subtle" onClick={onRetry}>
        Try again
      </Button>
    ) : null;
  return (
    // Until the message's code arrives, the same words show as plain text.
    <Suspense
      fallback={
        <Box role="alert">
          <Stack space="space.050">
            <Text weight="bold">{title}</Text>
            <Text>{error.message}</Text>
            {retry}
          </Stack>
        </Box>
      }
    >
      <SectionMessage
        appearance={error.code === 'FORBIDDEN' ? 'warning' : 'error'}
        title={title}
        action={retry}
        message={error.message}
      />
    </Suspense>
  );
}
