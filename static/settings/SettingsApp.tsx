import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Box, Stack } from '@atlaskit/primitives';
import { ContextSummary } from '@ui/ContextSummary';
import { Loading } from '@ui/Loading';
import { ResolverError } from '@ui/ResolverError';
import { useResolver } from '@ui/use-resolver';

export function SettingsApp() {
  const [context, reload] = useResolver('context/get', {});
  return (
    <Box padding="space.300">
      <Stack space="space.200">
        <Heading size="large" as="h1">
          Backend Breakdown templates
        </Heading>
        {context.status === 'loading' ? <Loading label="Loading project settings…" /> : null}
        {context.status === 'error' ? (
          <ResolverError error={context.error} onRetry={reload} />
        ) : null}
        {context.status === 'ready' ? (
          <>
            <ContextSummary context={context.data} />
            {context.data.canAdminister ? null : (
              <SectionMessage appearance="warning" title="Project administrators only">
                <p>Only project administrators can change this project's breakdown templates.</p>
              </SectionMessage>
            )}
          </>
        ) : null}
      </Stack>
    </Box>
  );
}
