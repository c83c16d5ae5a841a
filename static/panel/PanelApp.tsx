import { Box, Stack } from '@atlaskit/primitives';
import { ContextSummary } from '@ui/ContextSummary';
import { Loading } from '@ui/Loading';
import { ResolverError } from '@ui/ResolverError';
import { useResolver } from '@ui/use-resolver';
import { Workflow } from './workflow/Workflow';

/** The issue panel: where it was opened, then the breakdown workflow once its data is loaded. */
export function PanelApp() {
  const [context, reloadContext] = useResolver('context/get', {});
  const [draft, reloadDraft] = useResolver('draft/get', {});
  const [templates, reloadTemplates] = useResolver('template/list', {});
  const failed = [context, draft, templates].find((state) => state.status === 'error');
  return (
    <Box padding="space.100">
      <Stack space="space.150">
        {context.status === 'ready' ? <ContextSummary context={context.data} /> : null}
        {failed?.status === 'error' ? (
          <ResolverError
            error={failed.error}
            onRetry={() => {
              reloadContext();
              reloadDraft();
              reloadTemplates();
            }}
          />
        ) : null}
        {!failed &&
        (context.status === 'loading' ||
          draft.status === 'loading' ||
          templates.status === 'loading') ? (
          <Loading label="Loading this issue's breakdown…" />
        ) : null}
        {context.status === 'ready' && draft.status === 'ready' && templates.status === 'ready' ? (
          <Workflow context={context.data} stored={draft.data} templates={templates.data} />
        ) : null}
      </Stack>
    </Box>
  );
}
