import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { AppContext, ResolverOutput } from '../../../src/contract';
import { runIsGoing } from '../../../src/domain/run/run-lifecycle';
import { Loading } from '@ui/Loading';
import { ResolverError } from '@ui/ResolverError';
import { useResolver } from '@ui/use-resolver';
import { UndoReportMessage } from '../run/UndoReportMessage';
import { RunPanel } from '../run/RunPanel';
import { useRun } from '../run/use-run';
import { NotReady } from './NotReady';
import { PlanPreview } from './PlanPreview';
import { TemplatePicker } from './TemplatePicker';
import { useKeptPreview } from './use-kept-preview';
import { PlanExportButtons } from '../plan-export/PlanExportButtons';

/** Step 3: choose a template, preview the exact issues, create them and follow the run. */
export function BreakdownStep({
  context,
  templates,
  templateId,
  reuseCurrentEpic,
  onTemplate,
  onReuseCurrentEpic,
  onLocate,
  excludedItems,
  draftVersion,
  pending,
  onExcludedItems,
}: {
  context: AppContext;
  templates: ResolverOutput<'template/list'>['templates'];
  templateId: string;
  reuseCurrentEpic: boolean;
  onTemplate: (templateId: string) => void;
  onReuseCurrentEpic: (reuse: boolean) => void;
  onLocate: (path: string) => void;
  /** The items the draft excludes, as edited now. */
  excludedItems: readonly string[];
  /** The saved draft's version: the preview is built from it, so it is asked again when it moves. */
  draftVersion: number;
  /** An edit here is not saved yet: the preview's figures are about to change. */
  pending: boolean;
  /** Changes the draft's exclusions (saved as any draft edit is); absent for a reader. */
  onExcludedItems: ((recipe: (excluded: readonly string[]) => string[]) => void) | undefined;
}) {
  const isEpic = context.issue?.issueType.hierarchyLevel === 1;
  const options = { templateId, reuseCurrentEpic: isEpic && reuseCurrentEpic };
  const [asked, reloadPreview] = useResolver('plan/preview', options);
  const kept = useKeptPreview(asked);
  const preview = kept.state;
  const shownVersion = useRef(draftVersion);
  useEffect(() => {
    if (shownVersion.current === draftVersion) return;
    shownVersion.current = draftVersion;
    reloadPreview();
  }, [draftVersion, reloadPreview]);
  const onToggle = useMemo(
    () =>
      onExcludedItems
        ? (localId: string) => {
            onExcludedItems((excluded) =>
              excluded.includes(localId)
                ? excluded.filter((id) => id !== localId)
                : [...excluded, localId],
            );
          }
        : undefined,
    [onExcludedItems],
  );
  const onFinished = useCallback(() => {
    reloadPreview();
  }, [reloadPreview]);
  const runControl = useRun(onFinished);
  const { run } = runControl;
  return (
    <Stack space="space.200">
      <Heading size="small" as="h3">
        Breakdown
      </Heading>
      <TemplatePicker templates={templates} value={templateId} onChange={onTemplate} />
      {isEpic && context.issue ? (
        <Checkbox
          id="reuse-current-epic"
          label={`Use this epic (${context.issue.key}) instead of creating a new one`}
          isChecked={reuseCurrentEpic}
          onChange={(event) => {
            onReuseCurrentEpic(event.currentTarget.checked);
          }}
        />
      ) : null}
      {runControl.error ? <ResolverError error={runControl.error} /> : null}
      {runControl.undoReport ? <UndoReportMessage report={runControl.undoReport} /> : null}
      {run ? (
        <RunPanel
          run={run}
          busy={runControl.busy}
          onCancel={() => void runControl.cancel()}
          onResume={() => void runControl.resume()}
          onUndo={() => void runControl.undo()}
        />
      ) : null}
      {preview.status === 'loading' ? <Loading label="Building the preview…" /> : null}
      {preview.status === 'error' ? (
        <ResolverError error={preview.error} onRetry={reloadPreview} />
      ) : null}
      {preview.status === 'ready' && !preview.data.ready ? (
        <NotReady
          problem={preview.data.problem}
          findings={preview.data.findings}
          onLocate={onLocate}
        />
      ) : null}
      {preview.status === 'ready' && preview.data.ready ? (
        <PlanPreview
          preview={preview.data}
          options={options}
          chosen={excludedItems}
          updating={kept.updating || pending}
          onToggle={onToggle}
          creating={runControl.busy || (run !== null && runIsGoing(run.status))}
          onCreate={() => void runControl.start(options)}
        />
      ) : null}
      {preview.status === 'ready' && preview.data.ready ? (
        <PlanExportButtons options={options} />
      ) : null}
    </Stack>
  );
}
