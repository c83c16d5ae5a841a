import Heading from '@atlaskit/heading';
import { Box, Stack } from '@atlaskit/primitives';
import { Loading } from '@ui/Loading';
import { ResolverError } from '@ui/ResolverError';
import { useResolver } from '@ui/use-resolver';
import { lazy, Suspense } from 'react';
import { ActionFooter } from './ActionFooter';

// The options (Select), the matrix and the run panel are most of the action's code: they load
// while the templates are fetched, so the frame shows its heading and spinner first.
const FanOut = lazy(() => import('./FanOut'));

export function EpicActionApp() {
  const [templates, reload] = useResolver('template/list', {});
  const loading = <Loading label="Loading the templates…" />;
  return (
    <Box padding="space.300">
      <Stack space="space.200">
        <Heading size="medium" as="h1">
          Generate template sub-tasks
        </Heading>
        {templates.status === 'loading' ? loading : null}
        {templates.status === 'error' ? (
          <ResolverError error={templates.error} onRetry={reload} />
        ) : null}
        {templates.status === 'ready' ? (
          <Suspense fallback={loading}>
            <FanOut templates={templates.data} />
          </Suspense>
        ) : (
          <ActionFooter />
        )}
      </Stack>
    </Box>
  );
}
