/**
 * The fan-out itself (options, preview matrix, run): loaded once the templates are in, so the
 * action's first load is only its heading and spinner (issue 10: ≤ 120 kB gzip).
 */
import Button from '@atlaskit/button/new';
import { Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { LazySectionMessage as SectionMessage } from '@ui/LazySectionMessage';
import { Loading } from '@ui/Loading';
import { ResolverError } from '@ui/ResolverError';
import { useResolver } from '@ui/use-resolver';
import { call } from '@ui/invoke';
import { useCallback, useEffect, useState } from 'react';
import type { EpicPreview, ResolverOutput } from '../../src/contract';
import { runIsGoing } from '../../src/domain/run/run-lifecycle';
import { RunPanel } from '../panel/run/RunPanel';
import { UndoReportMessage } from '../panel/run/UndoReportMessage';
import { useRun } from '../panel/run/use-run';
import { ActionFooter } from './ActionFooter';
import { FanOutMatrix } from './FanOutMatrix';
import { FanOutOptions, type Filters } from './FanOutOptions';
import { FanOutRan } from './FanOutRan';
import { FanOutSummary } from './FanOutSummary';

const NO_FILTERS: Filters = { issueTypes: [], statuses: [], labels: [] };

/**
 * The matrix and the run's outcomes. The dialog is as tall as its content up to the window, and
 * then the whole dialog scrolls as one, with its buttons pinned below (ActionFooter): no second
 * scroll area inside it.
 */
const resultsStyle = { paddingBlockStart: token('space.050') };

export default function FanOut({ templates }: { templates: ResolverOutput<'template/list'> }) {
  const [templateId, setTemplateId] = useState(templates.defaultTemplateId);
  const [itemKeys, setItemKeys] = useState<string[] | undefined>(undefined);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const options = { templateId, ...(itemKeys ? { itemKeys } : {}), filters };
  const [preview, reloadPreview] = useResolver('epic/preview', options);
  // The last answer keeps the options on screen while the next preview loads.
  const [shown, setShown] = useState<EpicPreview | null>(null);
  useEffect(() => {
    if (preview.status === 'ready') setShown(preview.data);
  }, [preview]);
  const onFinished = useCallback(() => {
    reloadPreview();
  }, [reloadPreview]);
  const runControl = useRun(onFinished);
  const { run } = runControl;

  const running = run !== null && runIsGoing(run.status);
  // Known once the first preview is in: until then, nothing can be chosen.
  const readOnly = shown === null || shown.readOnlyReason !== null;
  const toCreate = preview.status === 'ready' ? preview.data.totals.create : 0;

  if (preview.status === 'error' && preview.error.code === 'UNSUPPORTED_CONTEXT') {
    return (
      <>
        <ResolverError error={preview.error} />
        <ActionFooter />
      </>
    );
  }
  return (
    <>
      {shown ? (
        <Text color="color.text.subtle">
          {`Under each child of ${shown.epic.key} “${shown.epic.summary}”: each child stands in for a service, its summary as the service name and its description as the primary function.`}
        </Text>
      ) : null}
      {shown?.readOnlyReason ? (
        <SectionMessage appearance="information" title="You can look, not create">
          <p>{`${shown.readOnlyReason} This shows what the action would create; ask a project administrator for the permission to create it.`}</p>
        </SectionMessage>
      ) : null}
      <FanOutOptions
        readOnly={readOnly}
        templates={templates.templates}
        templateId={templateId}
        onTemplate={(id) => {
          setTemplateId(id);
          setItemKeys(undefined);
        }}
        preview={shown}
        itemKeys={itemKeys ?? shown?.chosenItemKeys ?? []}
        onItemKeys={setItemKeys}
        filters={filters}
        onFilters={setFilters}
      />
      {runControl.error ? <ResolverError error={runControl.error} /> : null}
      {runControl.undoReport ? <UndoReportMessage report={runControl.undoReport} /> : null}
      {preview.status === 'error' ? (
        <ResolverError error={preview.error} onRetry={reloadPreview} />
      ) : null}
      {preview.status === 'ready' ? <FanOutSummary preview={preview.data} /> : null}
      <div style={resultsStyle} aria-label="Preview and results" role="region">
        <Stack space="space.200">
          {run?.runId ? <FanOutRan runKey={`${run.runId}:${run.status}`} /> : null}
          {run ? (
            <RunPanel
              run={run}
              busy={runControl.busy}
              onCancel={() => void runControl.cancel()}
              onResume={() => void runControl.resume()}
              onUndo={() => void runControl.undo()}
            />
          ) : null}
          {preview.status === 'loading' ? <Loading label="Reading the epic's children…" /> : null}
          {preview.status === 'ready' ? <FanOutMatrix preview={preview.data} /> : null}
        </Stack>
      </div>
      <ActionFooter>
        <Button
          appearance="primary"
          isDisabled={readOnly || toCreate === 0 || runControl.busy || running}
          isLoading={runControl.busy}
          onClick={() => void runControl.startWith(() => call('epic/apply', options))}
        >
          {`Create ${String(toCreate)} sub-task${toCreate === 1 ? '' : 's'}`}
        </Button>
      </ActionFooter>
    </>
  );
}
