import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import { view } from '@forge/bridge';
import { ContextSummary } from '@ui/ContextSummary';
import { Loading } from '@ui/Loading';
import { ResolverError } from '@ui/ResolverError';
import { useResolver } from '@ui/use-resolver';

export function EpicActionApp() {
  const [context, reload] = useResolver('context/get', {});
  return (
    <Box padding="space.300">
      <Stack space="space.200">
        <Heading size="medium" as="h1">
          Generate template sub-tasks
        </Heading>
        {context.status === 'loading' ? <Loading label="Loading the epic…" /> : null}
        {context.status === 'error' ? (
          <ResolverError error={context.error} onRetry={reload} />
        ) : null}
        {context.status === 'ready' ? <ContextSummary context={context.data} /> : null}
        <Inline space="space.100" alignInline="end">
          <Button appearance="subtle" onClick={() => void view.close()}>
            Close
          </Button>
        </Inline>
      </Stack>
    </Box>
  );
}
