import type { Draft } from '../draft/draft-schema';
import { LEVEL_OF_ROLE, type IssueRole, type PlanItem, type PlanParent } from '../plan';
import { evaluateRule } from '../template/inclusion-rule';
import { renderPattern } from '../template/placeholders';
import type { Template } from '../template/template-schema';
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

/** A plan item before its issue type is known. */
export type DraftItem = Omit<PlanItem, 'issueTypeId'>;

interface ItemPart {
  summary: string;
  sections: DescriptionSection[];
  labels: string[];
}

/** Separators left dangling when a placeholder renders empty ("Orders: " → "Orders"). */
const DANGLING = /^[\s:;,.\-–—|/]+|[\s:;,\-–—|/]+$/gu;

function summaryOf(part: ItemPart, item: ItemContext, fallback: string): string {
  const rendered = renderPattern(part.summary, placeholderValues(item))
    .replace(/\s+/gu, ' ')
    .replace(DANGLING, '');
  return cutSummary(rendered === '' ? fallback : rendered);
}

export function makeItem(
  localId: string,
  role: IssueRole,
  parent: PlanParent | null,
  part: ItemPart,
  item: ItemContext,
  fallbackSummary: string,
  source: PlanItem['source'],
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
      description: renderDescription(part.sections, item),
      labels: toLabels(
        [...template.labels, ...part.labels].map((label) => renderPattern(label, values)),
      ),
      components: template.components.map((component) => ({ id: component.id })),
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
    const title = draft.discovery.featureTitle.trim();
    items.push(
      makeItem(
        'epic',
        'epic',
        null,
        template.epic,
        featureItem('Epic'),
        title || 'Untitled feature',
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
    const story: ItemContext = { feature, itemName: serviceName(service), service };
    items.push(
      makeItem(storyId, 'standard', epic, template.service, story, serviceName(service), {
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
        const fallback = `${part.name}: ${serviceName(service)}`;
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
