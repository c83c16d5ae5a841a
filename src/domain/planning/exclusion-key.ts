import type { PlanItemSource } from '../plan';

/**
 * The key an exclusion is stored under: what the person chose, named by the draft's own ids and
 * the template item's key (`service:orders`, `service:orders/errors`, `service:orders/endpoint:get`,
 * `extra:spike`, `epic`), never by where a template happens to hang the item. So excluding a
 * service holds whatever template is picked later: every item made for it is left out, a task
 * under the epic as much as a sub-task under its story.
 */
export function exclusionKey(source: PlanItemSource): string {
  switch (source.kind) {
    case 'epic':
      return 'epic';
    case 'service':
      return serviceExclusionKey(source.serviceId);
    case 'service-item':
      return `${serviceExclusionKey(source.serviceId)}/${source.itemKey}${
        source.endpointId === undefined ? '' : `:${source.endpointId}`
      }`;
    case 'extra':
      return `extra:${source.itemKey}`;
  }
}

export const serviceExclusionKey = (serviceId: string): string => `service:${serviceId}`;

/** The services a list of exclusions leaves out, by service id. */
export function excludedServiceIds(chosen: readonly string[]): Set<string> {
  const prefix = serviceExclusionKey('');
  return new Set(
    chosen
      .filter((key) => key.startsWith(prefix) && !key.includes('/'))
      .map((key) => key.slice(prefix.length)),
  );
}
