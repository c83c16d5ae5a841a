import type { Service } from '../../draft/scoping-schema';
import {
  isBlank,
  serviceLabel,
  servicePath,
  type ReadinessRule,
  type RuleHit,
} from '../readiness-rule';

/**
 * Rules for entries of the draft's lists whose text is blank. Where the planner renders the
 * entry as a row of a ticket (a bullet, a checklist item, a table row), a blank makes an empty
 * or half-empty row, so the rule blocks whatever the template says. Where the planner leaves a
 * blank entry out (a stakeholder without a name), the rule only warns that it will be dropped.
 */

const scenarioLabel = (title: string, index: number): string =>
  isBlank(title) ? `Scenario ${index + 1}` : `The scenario "${title.trim()}"`;

/** One finding per blank `field` of each entry of one list of every service. */
function eachServiceEntry<T>(
  list: (service: Service) => readonly T[],
  listName: string,
  field: (entry: T) => string,
  fieldName: string,
  message: (service: Service, s: number, entry: T, index: number) => string,
): (draft: { scoping: { services: Service[] } }) => RuleHit[] {
  return (draft) =>
    draft.scoping.services.flatMap((service, s) =>
      list(service).flatMap((entry, index) =>
        isBlank(field(entry))
          ? [
              {
                message: message(service, s, entry, index),
                path: `${servicePath(s)}.${listName}[${index}].${fieldName}`,
              },
            ]
          : [],
      ),
    );
}

export const blankScenarioTitle: ReadinessRule = {
  id: 'blank-scenario-title',
  title: 'Every user scenario has a title',
  blocksAlways: true,
  check: (draft) =>
    draft.discovery.scenarios.flatMap((scenario, index) =>
      isBlank(scenario.title)
        ? [
            {
              message: `Scenario ${index + 1} has no title`,
              path: `discovery.scenarios[${index}].title`,
            },
          ]
        : [],
    ),
};

export const blankExample: ReadinessRule = {
  id: 'blank-example',
  title: 'Every example of a scenario is written out',
  blocksAlways: true,
  check: (draft) =>
    draft.discovery.scenarios.flatMap((scenario, s) =>
      scenario.examples.flatMap((example, e): RuleHit[] => {
        const at = `discovery.scenarios[${s}].examples[${e}]`;
        const who = `${scenarioLabel(scenario.title, s)}, example ${e + 1},`;
        if (example.kind === 'text') {
          return isBlank(example.text) ? [{ message: `${who} is empty`, path: `${at}.text` }] : [];
        }
        const missing = (['given', 'when', 'then'] as const).filter((part) =>
          isBlank(example[part]),
        );
        const first = missing[0];
        if (first === undefined) return [];
        const names = missing.map((part) => part.charAt(0).toUpperCase() + part.slice(1));
        const list =
          names.length === 1
            ? names.join('')
            : `${names.slice(0, -1).join(', ')} and ${names.slice(-1).join('')}`;
        return [{ message: `${who} has no ${list}`, path: `${at}.${first}` }];
      }),
    ),
};

export const blankQuestion: ReadinessRule = {
  id: 'blank-question',
  title: 'Every open question is written out',
  blocksAlways: true,
  check: (draft) =>
    draft.discovery.openQuestions.flatMap((question, index) =>
      isBlank(question.question)
        ? [
            {
              message: `Open question ${index + 1} is empty`,
              path: `discovery.openQuestions[${index}].question`,
            },
          ]
        : [],
    ),
};

export const blankStakeholderName: ReadinessRule = {
  id: 'blank-stakeholder-name',
  title: 'Every stakeholder has a name',
  check: (draft) =>
    draft.discovery.stakeholders.flatMap((stakeholder, index) =>
      isBlank(stakeholder.name)
        ? [
            {
              message: `Stakeholder ${index + 1} has no name and is left out of the epic`,
              path: `discovery.stakeholders[${index}].name`,
            },
          ]
        : [],
    ),
};

export const blankPrimaryFunction: ReadinessRule = {
  id: 'blank-primary-function',
  title: 'Every service says what it is for',
  blocksAlways: true,
  check: (draft) =>
    draft.scoping.services.flatMap((service, s) =>
      isBlank(service.primaryFunction)
        ? [
            {
              message: `${serviceLabel(service, s)} does not say what it is for (primary function)`,
              path: `${servicePath(s)}.primaryFunction`,
            },
          ]
        : [],
    ),
};

export const blankInputName: ReadinessRule = {
  id: 'blank-input-name',
  title: 'Every input has a name',
  blocksAlways: true,
  check: eachServiceEntry(
    (service) => service.inputs,
    'inputs',
    (input) => input.name,
    'name',
    (service, s, _input, i) => `Input ${i + 1} of ${serviceLabel(service, s)} has no name`,
  ),
};

export const blankOutputName: ReadinessRule = {
  id: 'blank-output-name',
  title: 'Every output has a name',
  blocksAlways: true,
  check: eachServiceEntry(
    (service) => service.outputs,
    'outputs',
    (output) => output.name,
    'name',
    (service, s, _output, o) => `Output ${o + 1} of ${serviceLabel(service, s)} has no name`,
  ),
};

export const blankConsumer: ReadinessRule = {
  id: 'blank-consumer',
  title: 'Every consumer of an output is named',
  check: (draft) =>
    draft.scoping.services.flatMap((service, s) =>
      service.outputs.flatMap((output, o) =>
        output.consumers.some(isBlank)
          ? [
              {
                message: `Output ${o + 1} of ${serviceLabel(service, s)} lists a blank consumer, which is left out`,
                path: `${servicePath(s)}.outputs[${o}].consumers`,
              },
            ]
          : [],
      ),
    ),
};

export const blankEndpointPath: ReadinessRule = {
  id: 'blank-endpoint-path',
  title: 'Every endpoint has a path',
  blocksAlways: true,
  check: eachServiceEntry(
    (service) => service.endpoints,
    'endpoints',
    (endpoint) => endpoint.path,
    'path',
    (service, s, endpoint, e) =>
      `Endpoint ${e + 1} (${endpoint.method}) of ${serviceLabel(service, s)} has no path`,
  ),
};

export const blankFailureCondition: ReadinessRule = {
  id: 'blank-failure-condition',
  title: 'Every failure mode says when it happens',
  blocksAlways: true,
  check: eachServiceEntry(
    (service) => service.failureModes,
    'failureModes',
    (mode) => mode.condition,
    'condition',
    (service, s, _mode, f) =>
      `Failure mode ${f + 1} of ${serviceLabel(service, s)} has no condition`,
  ),
};

export const blankFailureBehaviour: ReadinessRule = {
  id: 'blank-failure-behaviour',
  title: 'Every failure mode says what the service does',
  blocksAlways: true,
  check: eachServiceEntry(
    (service) => service.failureModes,
    'failureModes',
    (mode) => mode.behaviour,
    'behaviour',
    (service, s, mode, f) =>
      `Failure mode ${f + 1} of ${serviceLabel(service, s)}${isBlank(mode.condition) ? '' : ` ("${mode.condition.trim()}")`} does not say what the service does`,
  ),
};

export const blankFailSafeNote: ReadinessRule = {
  id: 'blank-fail-safe-note',
  title: 'Every fail-safe says how it works',
  check: eachServiceEntry(
    (service) => service.failSafes,
    'failSafes',
    (safe) => safe.note,
    'note',
    (service, s, _safe, f) =>
      `Fail-safe ${f + 1} of ${serviceLabel(service, s)} does not say how it works`,
  ),
};

export const blankSuccessCriterion: ReadinessRule = {
  id: 'blank-success-criterion',
  title: 'Every success criterion is written out',
  blocksAlways: true,
  check: eachServiceEntry(
    (service) => service.successCriteria,
    'successCriteria',
    (criterion) => criterion.statement,
    'statement',
    (service, s, _criterion, c) =>
      `Success criterion ${c + 1} of ${serviceLabel(service, s)} is empty`,
  ),
};
