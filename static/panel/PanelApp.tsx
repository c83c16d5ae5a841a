import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives';
import { ContextSummary } from '../shared/ContextSummary';
import { Loading } from '../shared/Loading';
import { ResolverError } from '../shared/ResolverError';
import { useResolver } from '../shared/use-resolver';

export function PanelApp() {
  const [context, reload] = useResolver('context/get', {});
  return (
    <Box padding="space.100">
      <Stack space="space.150">
        <Heading size="small" as="h2">
          Backend Breakdown
        </Heading>
        {context.status === 'loading' ? <Loading label="Loading this issue…" /> : null}
        {context.status === 'error' ? (
          <ResolverError error={context.error} onRetry={reload} />
        ) : null}
        {context.status === 'ready' ? (
          <>
            <ContextSummary context={context.data} />
            <Text testId="draft-status">
              {context.data.draftSavedAt
                ? `Breakdown draft last saved ${new Date(context.data.draftSavedAt).toLocaleString()}.`
                : 'No breakdown has been started for this issue yet.'}
            </Text>
          </>
        ) : null}
      </Stack>
    </Box>
  );
}
