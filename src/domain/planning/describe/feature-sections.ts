import { cleanTrimmed } from '../../text/clean-text';
import { isBlankText } from '../../text/is-blank';
import {
  blockBulletList,
  bulletList,
  paragraph,
  strong,
  table,
  taskList,
  type Inline,
  type LocalIds,
} from '../../adf/adf-nodes';
import type { ScenarioExample } from '../../draft/discovery-schema';
import type { AdfNode } from '../../plan';
import {
  includedServiceIds,
  relatedServiceNames,
  serviceName,
  spikeKindLabel,
  timeboxLabel,
  type ItemContext,
} from '../plan-context';
import { criterionText } from './service-sections';

const blank = isBlankText;

export function featureGoal(item: ItemContext): AdfNode[] {
  const { problem, outcome } = item.feature.draft.discovery;
  return [
    ...(blank(problem) ? [] : [paragraph([...strong('Problem:'), ` ${cleanTrimmed(problem)}`])]),
    ...(blank(outcome)
      ? []
      : [paragraph([...strong('Intended outcome:'), ` ${cleanTrimmed(outcome)}`])]),
  ];
}

export function stakeholders(item: ItemContext): AdfNode[] {
  return bulletList(
    item.feature.draft.discovery.stakeholders
      .filter((person) => !blank(person.name))
      .map((person) => [...strong(cleanTrimmed(person.name)), ` (${person.role})`]),
  );
}

function exampleInline(example: ScenarioExample): (string | Inline)[] {
  if (example.kind === 'text') return [cleanTrimmed(example.text)];
  return [
    ...strong('Given'),
    ` ${cleanTrimmed(example.given)}, `,
    ...strong('when'),
    ` ${cleanTrimmed(example.when)}, `,
    ...strong('then'),
    ` ${cleanTrimmed(example.then)}`,
  ];
}

export function scenarios(item: ItemContext): AdfNode[] {
  return blockBulletList(
    item.feature.draft.discovery.scenarios.map((scenario) => [
      paragraph(strong(cleanTrimmed(scenario.title))),
      ...bulletList(scenario.examples.map(exampleInline)),
    ]),
  );
}

/** Every example of every scenario as a box to tick during sign-off. */
export function scenarioChecklist(item: ItemContext, ids: LocalIds): AdfNode[] {
  const tasks = item.feature.draft.discovery.scenarios.flatMap((scenario) =>
    scenario.examples.map((example) => {
      const lead = blank(scenario.title)
        ? []
        : [...strong(`${cleanTrimmed(scenario.title)}:`), ' '];
      return { localId: ids.next('task'), content: [...lead, ...exampleInline(example)] };
    }),
  );
  return taskList(ids.next('tasks'), tasks);
}

/** Resolved questions are ticked, with their answer. */
export function openQuestions(item: ItemContext, ids: LocalIds): AdfNode[] {
  const tasks = item.feature.draft.discovery.openQuestions.map((question) => ({
    localId: ids.next('task'),
    done: question.resolved,
    content: [
      cleanTrimmed(question.question),
      ...(question.resolved && !blank(question.answer)
        ? [' ', ...strong('Answer:'), ` ${cleanTrimmed(question.answer)}`]
        : []),
    ],
  }));
  return taskList(ids.next('tasks'), tasks);
}

export function spike(item: ItemContext): AdfNode[] {
  const decision = item.feature.draft.discovery.spike;
  if (decision.kind === 'none') return [];
  return [
    paragraph([
      ...strong(spikeKindLabel(decision)),
      `, timeboxed to ${timeboxLabel(decision)}.`,
      ...(blank(decision.goal) ? [] : [` Goal: ${cleanTrimmed(decision.goal)}`]),
    ]),
  ];
}

/** The services in plan order, what each is for, and what it waits on. */
export function servicesOverview(item: ItemContext): AdfNode[] {
  const { feature } = item;
  const rows = includedServiceIds(feature).flatMap((id) => {
    const service = feature.serviceById.get(id);
    if (!service) return [];
    const dependsOn = relatedServiceNames(feature.dependencies.get(id) ?? [], feature);
    return [
      [
        strong(serviceName(service, feature)),
        blank(service.primaryFunction) ? '—' : cleanTrimmed(service.primaryFunction),
        dependsOn.length === 0 ? '—' : dependsOn.join(', '),
      ],
    ];
  });
  return rows.length === 0 ? [] : [table(['Service', 'Primary function', 'Depends on'], rows)];
}

export function allSuccessCriteria(item: ItemContext, ids: LocalIds): AdfNode[] {
  const { feature } = item;
  return includedServiceIds(feature).flatMap((id) => {
    const service = feature.serviceById.get(id);
    const criteria = service?.successCriteria.filter((criterion) => !blank(criterion.statement));
    if (!service || !criteria || criteria.length === 0) return [];
    return [
      paragraph(strong(serviceName(service, feature))),
      ...taskList(
        ids.next('tasks'),
        criteria.map((criterion) => ({
          localId: ids.next('task'),
          content: criterionText(criterion, service),
        })),
      ),
    ];
  });
}
