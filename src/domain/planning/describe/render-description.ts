import { LocalIds, heading, paragraph, taskList } from '../../adf/adf-nodes';
import { fitDescription, type DescriptionPart } from '../../adf/fit-description';
import type { AdfDoc, AdfNode } from '../../plan';
import type { DescriptionSection, SectionKind } from '../../template/description-section';
import { renderPattern } from '../../template/placeholders';
import { isBlankText } from '../../text/is-blank';
import { placeholderValues, type ItemContext } from '../plan-context';
import {
  allSuccessCriteria,
  featureGoal,
  openQuestions,
  scenarioChecklist,
  scenarios,
  servicesOverview,
  spike,
  stakeholders,
} from './feature-sections';
import { acceptanceCriteria, why } from './why-sections';
import {
  endpoint,
  endpointSuccessCriteria,
  endpointOpenApi,
  endpoints,
  failSafes,
  failureChecklist,
  failureModes,
  inputs,
  outputs,
  serviceOpenApi,
  serviceSummary,
  statusGuidance,
  successCriteria,
} from './service-sections';

const DEFAULT_HEADINGS: Readonly<Record<SectionKind, string>> = {
  text: '',
  checklist: 'Checklist',
  why: 'Why',
  'feature-goal': 'Why',
  stakeholders: 'Stakeholders',
  scenarios: 'User scenarios',
  'scenario-checklist': 'Scenarios',
  'open-questions': 'Open questions',
  spike: 'Spike',
  'services-overview': 'Services',
  'all-success-criteria': 'Success criteria',
  'service-summary': 'Purpose',
  inputs: 'Inputs',
  outputs: 'Outputs',
  endpoints: 'Endpoints',
  'failure-modes': 'Failure modes',
  'status-guidance': 'HTTP statuses',
  'fail-safes': 'Fail-safes',
  'success-criteria': 'Success criteria',
  endpoint: 'Endpoint',
  'endpoint-success-criteria': 'Success criteria',
  'endpoint-openapi': 'OpenAPI',
  'failure-checklist': 'Done when',
  'acceptance-criteria': 'Done when',
  'service-openapi': 'OpenAPI',
};

function sectionBody(
  section: DescriptionSection,
  item: ItemContext,
  ids: LocalIds,
  values: Record<string, string>,
): AdfNode[] {
  switch (section.kind) {
    case 'text':
      return [paragraph(renderPattern(section.text, values).trim())];
    case 'checklist':
      return taskList(
        ids.next('tasks'),
        section.items
          .map((pattern) => renderPattern(pattern, values).trim())
          // A line whose placeholders all rendered empty would be a box with nothing to tick.
          .filter((line) => !isBlankText(line))
          .map((content) => ({ localId: ids.next('task'), content })),
      );
    case 'failure-modes':
      return failureModes(section, item);
    case 'why':
      return why(item);
    case 'failure-checklist':
      return failureChecklist(item, ids);
    case 'acceptance-criteria':
      return acceptanceCriteria(item, ids);
    case 'service-openapi':
      return serviceOpenApi(item);
    case 'feature-goal':
      return featureGoal(item);
    case 'stakeholders':
      return stakeholders(item);
    case 'scenarios':
      return scenarios(item);
    case 'scenario-checklist':
      return scenarioChecklist(item, ids);
    case 'open-questions':
      return openQuestions(item, ids);
    case 'spike':
      return spike(item);
    case 'services-overview':
      return servicesOverview(item);
    case 'all-success-criteria':
      return allSuccessCriteria(item, ids);
    case 'service-summary':
      return serviceSummary(item);
    case 'inputs':
      return inputs(item);
    case 'outputs':
      return outputs(item);
    case 'endpoints':
      return endpoints(item);
    case 'status-guidance':
      return statusGuidance(item);
    case 'fail-safes':
      return failSafes(item);
    case 'success-criteria':
      return successCriteria(item, ids);
    case 'endpoint':
      return endpoint(item);
    case 'endpoint-success-criteria':
      return endpointSuccessCriteria(item, ids);
    case 'endpoint-openapi':
      return endpointOpenApi(item);
  }
}

/** Words with which a sentence sends the reader to what follows it ("the shapes below"). */
const POINTS_FORWARD = /\b(?:below|following|as follows)\b/i;

/**
 * An item's description: each template section as a heading over its content, in template
 * order. Sections with nothing to show are left out entirely, heading included, and so is a
 * text that points at what follows ("publish the shapes below") when nothing but prose follows.
 * `lead` goes first, before the template's sections (a fan-out sub-task's story).
 */
export function renderDescription(
  sections: readonly DescriptionSection[],
  item: ItemContext,
  lead: readonly DescriptionPart[] = [],
): AdfDoc {
  const ids = new LocalIds();
  const values = placeholderValues(item);
  const bodies = sections.map((section) =>
    sectionBody(section, item, ids, values).filter(
      (node) => node.type !== 'paragraph' || (node.content?.length ?? 0) > 0,
    ),
  );
  const showsSomething = (index: number) =>
    (bodies[index]?.length ?? 0) > 0 && sections[index]?.kind !== 'text';
  const parts = sections.flatMap((section, index) => {
    const body = bodies[index] ?? [];
    if (body.length === 0) return [];
    if (section.kind === 'text' && POINTS_FORWARD.test(textOf(body))) {
      if (!sections.some((_, later) => later > index && showsSomething(later))) return [];
    }
    const title = renderPattern(section.heading ?? DEFAULT_HEADINGS[section.kind], values).trim();
    return [{ title, blocks: title === '' ? body : [heading(3, title), ...body] }];
  });
  return fitDescription([...lead, ...parts]);
}

function textOf(nodes: readonly AdfNode[]): string {
  return nodes.map((node) => node.text ?? textOf(node.content ?? [])).join('');
}
