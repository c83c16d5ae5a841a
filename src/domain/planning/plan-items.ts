import type { Draft } from '../draft/draft-schema';
import {
  LEVEL_OF_ROLE,
  type IssueRole,
  type PlanItem,
  type PlanItemFields,
  type PlanParent,
} from '../plan';
import type { FieldDefaults } from '../template/field-defaults';
import { evaluateRule } from '../template/inclusion-rule';
import { renderPattern, renderPatternPieces } from '../template/placeholders';
import { composeSummary } from '../text/compose-summary';
import type { Template } from '../template/template-schema';
import { cleanLine } from '../text/clean-text';
import { toLabels } from '../text/label';
import { cutSummary } from '../text/summary';
import { renderDescription } from './describe/render-description';
import {
  placeholderValues,
  ruleFacts,
  serviceName,
  type FeatureContext,
  type ItemContext,
} from './plan-context';
import type { DescriptionSection } from '../template/description-section';
import type { DescriptionPart } from '../adf/fit-description';

/** A plan item before its issue type is known. */
export type DraftItem = Omit<PlanItem, 'issueTypeId'>;

interface ItemPart {
  summary: string;
  sections: DescriptionSection[];
  labels: string[];
  fields: FieldDefaults;
}

/** Who "the reporter" and "the person who runs the breakdown" are, for assignee defaults. */
export interface PlanPeople {
  runner?: string;
  reporter?: string;
}

function assigneeOf(
  fields: FieldDefaults,
  people: PlanPeople,
): PlanItemFields['assignee'] | undefined {
  const wanted = fields.assignee;
  if (!wanted) return undefined;
  if (wanted.kind === 'unassigned') return { accountId: null };
  if (wanted.kind === 'user') return { accountId: wanted.accountId };
  const accountId = wanted.kind === 'runner' ? people.runner : people.reporter;
  // Unknown (e.g. an issue without a reporter): leave it to the project's default assignee.
  return accountId === undefined ? undefined : { accountId };
}

/** The field defaults an item is created with, beyond summary, description and labels. */
function defaultFields(part: ItemPart, template: Template, people: PlanPeople) {
  const { priority, components, custom } = part.fields;
  const assignee = assigneeOf(part.fields, people);
  return {
    components: (components ?? template.components).map((component) => ({ id: component.id })),
    ...(priority ? { priority: { id: priority.id } } : {}),
    ...(assignee ? { assignee } : {}),
    ...(custom.length > 0
      ? {
          custom: custom.map((field) => ({
            fieldId: field.fieldId,
            value: field.value.kind === 'number' ? field.value.number : { id: field.value.id },
          })),
        }
      : {}),
  };
}

function summaryOf(part: ItemPart, item: ItemContext, fallback: string): string {
  const rendered = composeSummary(renderPatternPieces(part.summary, placeholderValues(item)));
  return (
    cutSummary(
      rendered === '' ? composeSummary([{ text: fallback, fromTemplate: false }]) : rendered,
    ) || 'Untitled item'
  );
}

export function makeItem(
  localId: string,
  role: IssueRole,
  parent: PlanParent | null,
  part: ItemPart,
  item: ItemContext,
  fallbackSummary: string,
  source: PlanItem['source'],
  lead: readonly DescriptionPart[] = [],
): DraftItem {
  const values = placeholderValues(item);
  const { template } = item.feature;
  return {
    localId,
    role,
    level: LEVEL_OF_ROLE[role],
    parent,
    fields: {
      summary: summaryOf(part, item, fallbackSummary),
      description: renderDescription(part.sections, item, lead),
      labels: toLabels(
        [...template.labels, ...part.labels].map((label) => renderPattern(label, values)),
      ),
      ...defaultFields(part, template, item.feature.people),
    },
    source,
  };
}

/**
 * The items of a plan in creation order: the epic (unless an existing epic is reused), then
 * per service in dependency order its issue followed by its own items, then the extras.
 */
export function planItems(
  draft: Draft,
  template: Template,
  feature: FeatureContext,
  epicParent: PlanParent | null,
): DraftItem[] {
  const items: DraftItem[] = [];
  const epic: PlanParent = epicParent ?? { kind: 'item', localId: 'epic' };
  const featureItem = (itemName: string): ItemContext => ({ feature, itemName });

  if (epicParent === null) {
    const title = cleanLine(draft.discovery.featureTitle);
    items.push(
      makeItem(
        'epic',
        'epic',
        null,
        template.epic,
        featureItem('Epic'),
        // Readiness blocks a missing title under the built-in templates; a custom one may allow it.
        title ||
          (feature.origin.issueKey
            ? `Backend breakdown of ${feature.origin.issueKey}`
            : 'Backend breakdown'),
        {
          kind: 'epic',
        },
      ),
    );
  }

  for (const serviceId of feature.order) {
    const service = feature.serviceById.get(serviceId);
    if (!service) continue;
    const storyId = `service:${service.id}`;
    const story: ItemContext = {
      feature,
      itemName: serviceName(service, feature),
      service,
      serviceStory: true,
    };
    items.push(
      makeItem(storyId, 'standard', epic, template.service, story, serviceName(service, feature), {
        kind: 'service',
        serviceId: service.id,
      }),
    );
    for (const part of template.serviceItems) {
      const parent: PlanParent =
        part.role === 'subtask' ? { kind: 'item', localId: storyId } : epic;
      const targets = part.perEndpoint ? service.endpoints : [undefined];
      for (const endpoint of targets) {
        const item: ItemContext = {
          feature,
          itemName: part.name,
          service,
          ...(endpoint ? { endpoint } : {}),
        };
        if (!evaluateRule(part.include, ruleFacts(item))) continue;
        const localId = endpoint
          ? `service:${service.id}/${part.key}:${endpoint.id}`
          : `service:${service.id}/${part.key}`;
        const fallback = `${part.name}: ${serviceName(service, feature)}`;
        items.push(
          makeItem(localId, part.role, parent, part, item, fallback, {
            kind: 'service-item',
            serviceId: service.id,
            itemKey: part.key,
            ...(endpoint ? { endpointId: endpoint.id } : {}),
          }),
        );
      }
    }
  }

  for (const part of template.extras) {
    const item = featureItem(part.name);
    if (!evaluateRule(part.include, ruleFacts(item))) continue;
    items.push(
      makeItem(`extra:${part.key}`, 'standard', epic, part, item, part.name, {
        kind: 'extra',
        itemKey: part.key,
      }),
    );
  }
  return items;
}
