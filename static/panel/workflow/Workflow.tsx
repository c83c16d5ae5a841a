import { Stack } from '@atlaskit/primitives';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppContext, ResolverOutput } from '../../../src/contract';
import { useResolver } from '@ui/use-resolver';
import { checkReadiness, draftBytesWithoutServices } from '../../../src/domain';
import { BreakdownStep } from '../breakdown/BreakdownStep';
import { DiscoveryStep } from '../discovery/DiscoveryStep';
import { validateDraft } from '../draft/draft-problems';
import { useDraftEditor } from '../draft/use-draft-editor';
import { FieldProblemsProvider } from '../fields/field-problems';
import { ScopingStep } from '../scoping/ScopingStep';
import { ReadinessSummary } from './ReadinessSummary';
import { SaveBar } from './SaveBar';
import { SaveStatus } from './SaveStatus';
import { StepNav } from './StepNav';
import { STEPS, locate, type StepId } from './steps';
import { useLocateField } from './use-locate-field';
import { useUnsavedWarning } from './use-unsaved-warning';

const STEP_LABELS = Object.fromEntries(STEPS.map((s) => [s.id, s.label])) as Record<StepId, string>;

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
  const { state, dirty, edit } = editor;
  const [step, setStep] = useState<StepId>('discovery');
  const [expanded, setExpanded] = useState<number | null>(null);
  const [templateId, setTemplateId] = useState(templates.defaultTemplateId);
  const [reuseCurrentEpic, setReuseCurrentEpic] = useState(false);
  const stepRef = useRef<HTMLElement>(null);
  const shownStep = useRef(step);
  // Moving to another step moves focus to it, so keyboard and screen-reader users land there.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    stepRef.current?.focus();
  }, [step]);
  const locateField = useLocateField();
  useUnsavedWarning(dirty);

  // The template the plan will use, as the server resolves it (project, library or built-in).
  const [chosen] = useResolver('template/get', { templateId });
  const template = chosen.status === 'ready' ? chosen.data.template : undefined;
  const findings = useMemo(
    () => (template ? checkReadiness(state.draft, template) : []),
    [state.draft, template],
  );
  const problems = useMemo(() => {
    const live = validateDraft(state.draft);
    return state.save.status === 'invalid' ? [...live, ...state.save.problems] : live;
  }, [state.draft, state.save]);

  const onLocate = (path: string) => {
    const where = locate(path);
    setStep(where.step);
    if (where.service !== null) setExpanded(where.service);
    locateField(path);
  };
  const goTo = async (next: StepId) => {
    if (next === 'breakdown' && (dirty || state.version === 0) && !(await editor.save())) return;
    setStep(next);
  };
  const saving = state.save.status === 'saving';

  return (
    <FieldProblemsProvider problems={problems}>
      <Stack space="space.200">
        <StepNav current={step} busy={saving} onSelect={(next) => void goTo(next)} />
        <SaveStatus
          save={state.save}
          onReload={() => void editor.reload()}
          onRetry={() => void editor.save()}
          onLocate={onLocate}
        />
        <section
          ref={stepRef}
          tabIndex={-1}
          aria-label={`${STEP_LABELS[step]} step`}
          style={{ outline: 'none' }}
        >
          {step === 'discovery' ? (
            <DiscoveryStep
              discovery={state.draft.discovery}
              onChange={(recipe) => {
                edit((draft) => ({ ...draft, discovery: recipe(draft.discovery) }));
              }}
            />
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
              onChange={(recipe) => {
                edit((draft) => ({ ...draft, scoping: recipe(draft.scoping) }));
              }}
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
            />
          ) : null}
        </section>
        {step === 'breakdown' ? null : (
          <>
            <ReadinessSummary findings={findings} onLocate={onLocate} />
            <SaveBar
              state={state}
              dirty={dirty}
              nextLabel={step === 'discovery' ? 'Next: Scoping' : 'Save and preview breakdown'}
              onSave={() => void editor.save()}
              onNext={() => void goTo(step === 'discovery' ? 'scoping' : 'breakdown')}
            />
          </>
        )}
      </Stack>
    </FieldProblemsProvider>
  );
}
