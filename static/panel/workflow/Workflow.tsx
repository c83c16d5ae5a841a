import { Stack, Text } from '@atlaskit/primitives';
import { Loading } from '@ui/Loading';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppContext, ResolverOutput } from '../../../src/contract';
import { useResolver } from '@ui/use-resolver';
import {
  checkReadiness,
  draftBytesWithoutServices,
  type Discovery,
  type Scoping,
} from '../../../src/domain';
import { validateDraft } from '../draft/draft-problems';
import { useDraftEditor } from '../draft/use-draft-editor';
import { FieldProblemsProvider } from '../fields/field-problems';
import { ReadOnlyContext } from '../fields/read-only';
import { ReadinessSummary } from './ReadinessSummary';
import { SaveBar } from './SaveBar';
import { StepNav } from './StepNav';
import { STEPS, locate, type StepId } from './steps';
import { useLocateField } from './use-locate-field';
import { useUnsavedWarning } from './use-unsaved-warning';

const ignoreEdit = (): void => undefined;
const NO_EXCLUSIONS: readonly string[] = [];

const STEP_LABELS = Object.fromEntries(STEPS.map((s) => [s.id, s.label])) as Record<StepId, string>;

// Each step is its own chunk, so the panel's first load carries only what it shows first.
// Discovery is the first step: its chunk is asked for as soon as this module runs, alongside the
// panel's resolver calls, rather than after them.
const discoveryChunk = import('../discovery/DiscoveryStep');
const DiscoveryStep = lazy(() => discoveryChunk.then((m) => ({ default: m.DiscoveryStep })));
const ScopingStep = lazy(() =>
  import('../scoping/ScopingStep').then((m) => ({ default: m.ScopingStep })),
);
const BreakdownStep = lazy(() =>
  import('../breakdown/BreakdownStep').then((m) => ({ default: m.BreakdownStep })),
);
// Only shown when saving is held up (a conflict, a problem, an error), with Jira's section message.
const SaveStatus = lazy(() => import('./SaveStatus').then((m) => ({ default: m.SaveStatus })));

/** Discovery → Scoping → Breakdown for one issue's draft. */
export function Workflow({
  context,
  stored,
  templates,
}: {
  context: AppContext;
  stored: ResolverOutput<'draft/get'>;
  templates: ResolverOutput<'template/list'>;
}) {
  const editor = useDraftEditor(stored);
  const { state, dirty } = editor;
  // Someone without "Edit issues" reads the draft: nothing they do may change it.
  const readOnly = !context.canEditDraft;
  const edit = readOnly ? ignoreEdit : editor.edit;
  const [step, setStep] = useState<StepId>('discovery');
  const [expanded, setExpanded] = useState<number | null>(null);
  const [templateId, setTemplateId] = useState(templates.defaultTemplateId);
  // On an epic the breakdown most likely fills that epic rather than making a new one.
  const [reuseCurrentEpic, setReuseCurrentEpic] = useState(
    context.issue?.issueType.hierarchyLevel === 1,
  );
  const stepRef = useRef<HTMLElement>(null);
  const shownStep = useRef(step);
  // Moving to another step moves focus to it, so keyboard and screen-reader users land there.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    stepRef.current?.focus();
  }, [step]);
  const locateField = useLocateField();
  const saving = state.save.status === 'saving';
  useUnsavedWarning(!readOnly && (dirty || saving), editor.flush);

  // The template the plan will use, as the server resolves it (project, library or built-in).
  const [chosen] = useResolver('template/get', { templateId });
  const template = chosen.status === 'ready' ? chosen.data.template : undefined;
  const findings = useMemo(
    () => (template ? checkReadiness(state.draft, template) : []),
    [state.draft, template],
  );
  const problems = useMemo(() => {
    const live = validateDraft(state.draft);
    // The browser's own check is redone live; only what the resolver found is kept beside it.
    return state.save.status === 'invalid' && state.save.source === 'server'
      ? [...live, ...state.save.problems]
      : live;
  }, [state.draft, state.save]);

  const onLocate = useCallback(
    (path: string) => {
      const where = locate(path);
      setStep(where.step);
      if (where.service !== null) setExpanded(where.service);
      locateField(path);
    },
    [locateField],
  );
  // Stable across keystrokes, so parts of the form whose data did not change can skip rendering.
  const onDiscovery = useCallback(
    (recipe: (current: Discovery) => Discovery) => {
      edit((draft) => ({ ...draft, discovery: recipe(draft.discovery) }));
    },
    [edit],
  );
  const onScoping = useCallback(
    (recipe: (current: Scoping) => Scoping) => {
      edit((draft) => ({ ...draft, scoping: recipe(draft.scoping) }));
    },
    [edit],
  );
  // In the preview an edit is a click (exclude, include), not typing, and the preview is built
  // from the saved draft: save it at once (the editor runs one save at a time).
  const flushDraft = editor.flush;
  const onExcludedItems = useCallback(
    (recipe: (excluded: readonly string[]) => string[]) => {
      edit((draft) => ({ ...draft, excludedItems: recipe(draft.excludedItems ?? []) }));
      if (!readOnly) void flushDraft();
    },
    [edit, flushDraft, readOnly],
  );
  const [moving, setMoving] = useState(false);
  // The draft lives above the steps, so moving between them keeps every edit; the preview is of
  // the saved draft, so it is saved first.
  const goTo = async (next: StepId) => {
    if (next === 'breakdown' && !readOnly && (dirty || state.version === 0)) {
      setMoving(true);
      const saved = await editor.save();
      setMoving(false);
      if (!saved) return;
    } else if (dirty && !readOnly) {
      void editor.flush();
    }
    setStep(next);
  };

  return (
    <FieldProblemsProvider problems={problems}>
      <ReadOnlyContext.Provider value={readOnly}>
        <Stack space="space.200">
          <StepNav current={step} busy={moving} onSelect={(next) => void goTo(next)} />
          {readOnly ? (
            <Text color="color.text.subtle" testId="read-only-reason">
              {`You can read this breakdown but not change it: that takes the "Edit issues" permission in ${context.project.key}.`}
            </Text>
          ) : null}
          {state.save.status === 'idle' ||
          state.save.status === 'saving' ||
          state.save.status === 'saved' ? null : (
            <Suspense fallback={null}>
              <SaveStatus
                save={state.save}
                mine={state.draft}
                myAccountId={context.accountId}
                onLocate={onLocate}
                onSeeTheirs={editor.seeTheirs}
                onKeepMine={async () => {
                  await editor.keepMine();
                }}
                onReloadTheirs={editor.reloadTheirs}
              />
            </Suspense>
          )}
          <section
            ref={stepRef}
            tabIndex={-1}
            aria-label={`${STEP_LABELS[step]} step`}
            style={{ outline: 'none' }}
          >
            <Suspense fallback={<Loading label={`Loading ${STEP_LABELS[step]}…`} />}>
              {step === 'discovery' ? (
                <DiscoveryStep discovery={state.draft.discovery} onChange={onDiscovery} />
              ) : null}
              {step === 'scoping' ? (
                <ScopingStep
                  draft={state.draft}
                  scoping={state.draft.scoping}
                  restBytes={draftBytesWithoutServices(state.draft)}
                  unsaved={dirty}
                  sketchSpike={state.draft.discovery.spike.kind === 'openapi-sketch'}
                  expanded={expanded}
                  onExpand={setExpanded}
                  onChange={onScoping}
                  onEditDraft={edit}
                />
              ) : null}
              {step === 'breakdown' ? (
                <BreakdownStep
                  context={context}
                  templates={templates.templates}
                  templateId={templateId}
                  reuseCurrentEpic={reuseCurrentEpic}
                  onTemplate={setTemplateId}
                  onReuseCurrentEpic={setReuseCurrentEpic}
                  onLocate={onLocate}
                  excludedItems={state.draft.excludedItems ?? NO_EXCLUSIONS}
                  draftVersion={state.version}
                  pending={dirty || saving}
                  onExcludedItems={readOnly ? undefined : onExcludedItems}
                />
              ) : null}
            </Suspense>
          </section>
          {step === 'breakdown' || readOnly ? null : (
            <>
              <ReadinessSummary findings={findings} onLocate={onLocate} />
              <SaveBar
                state={state}
                dirty={dirty}
                nextLabel={step === 'discovery' ? 'Next: Scoping' : 'Save and preview breakdown'}
                onSave={() => void editor.save()}
                onDiscard={editor.discard}
                onHoldAutosave={editor.holdAutosave}
                onNext={() => void goTo(step === 'discovery' ? 'scoping' : 'breakdown')}
              />
            </>
          )}
        </Stack>
      </ReadOnlyContext.Provider>
    </FieldProblemsProvider>
  );
}
