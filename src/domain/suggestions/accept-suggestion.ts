import { newId } from '../draft/draft-id';
import type { Draft } from '../draft/draft-schema';
import { DRAFT_LIMITS as L } from '../draft/limits';
import type { Service } from '../draft/scoping-schema';
import { suggest } from './suggest';
import type { SuggestionChange } from './suggestion';

/** The draft with the suggestion applied, or why it could not be. */
export type AcceptResult = { ok: true; draft: Draft } | { ok: false; message: string };

class CannotApply extends Error {}

/** The hint itself when free (an output id an input already names must stay exact), else a new one. */
const freshId = (hint: string, list: readonly { id: string }[]) =>
  list.some((entry) => entry.id === hint)
    ? newId(
        hint,
        list.map((entry) => entry.id),
      )
    : hint;

function appended<T extends { id: string }>(
  list: readonly T[],
  limit: number,
  what: string,
  hint: string,
  value: Omit<T, 'id'>,
): T[] {
  if (list.length >= limit)
    throw new CannotApply(`There is no room for another ${what}: at most ${String(limit)}.`);
  return [...list, { ...value, id: freshId(hint, list) } as T];
}

function editService(draft: Draft, serviceId: string, edit: (service: Service) => Service): Draft {
  if (!draft.scoping.services.some((service) => service.id === serviceId)) {
    throw new CannotApply('The service this suggestion is for is no longer in the draft.');
  }
  return {
    ...draft,
    scoping: {
      ...draft.scoping,
      services: draft.scoping.services.map((s) => (s.id === serviceId ? edit(s) : s)),
    },
  };
}

function apply(draft: Draft, change: SuggestionChange): Draft {
  switch (change.kind) {
    case 'add-failure-mode':
      return editService(draft, change.serviceId, (s) => ({
        ...s,
        failureModes: appended(
          s.failureModes,
          L.failureModes,
          'failure mode',
          change.idHint,
          change.value,
        ),
      }));
    case 'add-fail-safe':
      return editService(draft, change.serviceId, (s) => ({
        ...s,
        failSafes: appended(s.failSafes, L.failSafes, 'fail-safe', change.idHint, change.value),
      }));
    case 'add-success-criterion':
      return editService(draft, change.serviceId, (s) => ({
        ...s,
        successCriteria: appended(
          s.successCriteria,
          L.successCriteria,
          'success criterion',
          change.idHint,
          change.value,
        ),
      }));
    case 'add-input':
      return editService(draft, change.serviceId, (s) => ({
        ...s,
        inputs: appended(s.inputs, L.inputs, 'input', change.idHint, change.value),
      }));
    case 'add-output':
      return editService(draft, change.serviceId, (s) => ({
        ...s,
        outputs: appended(s.outputs, L.outputs, 'output', change.idHint, change.value),
      }));
    case 'set-output-consumers':
      return editService(draft, change.serviceId, (s) => ({
        ...s,
        outputs: s.outputs.map((output) =>
          output.id === change.outputId
            ? { ...output, consumers: change.consumers.slice(0, L.consumers) }
            : output,
        ),
      }));
    case 'add-source-output': {
      const provider = draft.scoping.services.find((s) => s.id === change.serviceId);
      if (!provider) throw new CannotApply('The source service is no longer in the draft.');
      const outputs = appended(provider.outputs, L.outputs, 'output', change.idHint, change.value);
      const outputId = outputs.at(-1)?.id ?? change.idHint;
      const withOutput = editService(draft, provider.id, (s) => ({ ...s, outputs }));
      return editService(withOutput, change.consumerServiceId, (s) => ({
        ...s,
        inputs: s.inputs.map((input) =>
          input.id === change.inputId && input.source.kind === 'service'
            ? { ...input, source: { ...input.source, outputId } }
            : input,
        ),
      }));
    }
    case 'add-open-question': {
      const questions = appended(
        draft.discovery.openQuestions,
        L.openQuestions,
        'open question',
        change.idHint,
        { question: change.question, resolved: false, answer: '' },
      );
      return { ...draft, discovery: { ...draft.discovery, openQuestions: questions } };
    }
  }
}

/**
 * Applies the suggestion `suggestionId` of service `serviceId` as the rules make it for this
 * draft now: the additions become ordinary draft entries the team edits like any other. A
 * suggestion the draft no longer gets (answered, dismissed, its service removed) changes nothing.
 */
export function acceptSuggestion(
  draft: Draft,
  serviceId: string,
  suggestionId: string,
): AcceptResult {
  const suggestion = suggest(draft, serviceId).find((s) => s.id === suggestionId);
  if (!suggestion) return { ok: false, message: 'This suggestion no longer applies to the draft.' };
  try {
    return { ok: true, draft: suggestion.changes.reduce(apply, draft) };
  } catch (error) {
    if (error instanceof CannotApply) return { ok: false, message: error.message };
    throw error;
  }
}
