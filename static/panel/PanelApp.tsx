import { Box, Stack } from '@atlaskit/primitives';
import { ContextSummary } from '@ui/ContextSummary';
import { Loading } from '@ui/Loading';
import { ResolverError } from '@ui/ResolverError';
import { useResolver } from '@ui/use-resolver';
import { lazy, Suspense, useState } from 'react';
import { Workflow } from './workflow/Workflow';

// Only issues a breakdown made, or ran from, show these notes: loaded when there is one.
const ProvenanceNotes = lazy(() =>
  import('./provenance/ProvenanceNotes').then((m) => ({ default: m.ProvenanceNotes })),
);

/** The issue panel: where it was opened, then the breakdown workflow once its data is loaded. */
export function PanelApp() {
  const [context, reloadContext] = useResolver('context/get', {});
  const [draft, reloadDraft] = useResolver('draft/get', {});
  const [templates, reloadTemplates] = useResolver('template/list', {});
  // Where the issue came from is a note: if it cannot be read, the panel works without it.
  const [provenance] = useResolver('provenance/get', {});
  const [startAnyway, setStartAnyway] = useState(false);
  const failed = [context, draft, templates].find((state) => state.status === 'error');
  const notes = provenance.status === 'ready' ? provenance.data : null;
  // An issue a breakdown made, with no breakdown of its own yet, says where it came from rather
  // than showing an empty wizard.
  const madeHere = notes?.createdBy != null && draft.status === 'ready' && draft.data.version === 0;
  const showNotes = notes !== null && (notes.createdBy !== null || notes.ran !== null);
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
          templates.status === 'loading' ||
          provenance.status === 'loading') ? (
          <Loading label="Loading this issue's breakdown…" />
        ) : null}
        {showNotes && !failed ? (
          <Suspense fallback={<Loading label="Loading this issue's breakdown…" />}>
            <ProvenanceNotes
              provenance={notes}
              {...(madeHere && !startAnyway
                ? {
                    onStartAnyway: () => {
                      setStartAnyway(true);
                    },
                  }
                : {})}
            />
          </Suspense>
        ) : null}
        {context.status === 'ready' &&
        draft.status === 'ready' &&
        templates.status === 'ready' &&
        provenance.status !== 'loading' &&
        !(madeHere && !startAnyway) ? (
          <Workflow context={context.data} stored={draft.data} templates={templates.data} />
        ) : null}
      </Stack>
    </Box>
  );
}
