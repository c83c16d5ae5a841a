import type { Plan, PlanItem } from '../plan';
import { estimatePlan } from './estimate-plan';
import { exclusionKey, serviceExclusionKey } from './exclusion-key';

export interface PlanExclusion {
  /** The plan a run creates: every item but the excluded ones, and only links between kept items. */
  plan: Plan;
  /** Local ids left out, in plan order: those the team chose and every item under one of them. */
  excluded: string[];
}

/**
 * Leaves out of a plan the items the team excluded in the preview, by their exclusion keys
 * (`exclusionKey`). Everything made for an excluded service is left out, wherever the template
 * hangs it, and an item under an excluded one too (a service's sub-tasks need the service; an
 * epic's services need the epic); a link with an excluded end is dropped. Keys the plan does not
 * have are ignored, so a choice made for a service since removed costs nothing. The plan keeps its id: including an item again later
 * makes a run of the same plan create just that item, reconciliation finding the rest.
 */
export function excludeItems(plan: Plan, chosen: readonly string[]): PlanExclusion {
  const excluded = excludedLocalIds(plan.items, chosen);
  if (excluded.length === 0) return { plan, excluded };
  const out = new Set(excluded);
  const items = plan.items.filter((item) => !out.has(item.localId));
  const kept = (end: Plan['links'][number]['from']) => end.kind !== 'item' || !out.has(end.localId);
  const links = plan.links.filter((link) => kept(link.from) && kept(link.to));
  return {
    plan: { ...plan, items, links, estimate: estimatePlan(items, links) },
    excluded,
  };
}

/**
 * The local ids a choice of exclusions leaves out, in plan order: the chosen items the plan has,
 * every item made for a chosen service, and every item under one of them. The preview marks items
 * with it as the run leaves them out.
 */
export function excludedLocalIds(
  items: readonly Pick<PlanItem, 'localId' | 'parent' | 'source'>[],
  chosen: readonly string[],
): string[] {
  if (chosen.length === 0) return [];
  const left = new Set(chosen);
  const out = new Set<string>();
  const forExcludedService = (source: PlanItem['source']) =>
    (source.kind === 'service' || source.kind === 'service-item') &&
    left.has(serviceExclusionKey(source.serviceId));
  // Parents precede their children, so one pass sees a parent's fate before its children's.
  for (const item of items) {
    const parent = item.parent?.kind === 'item' ? item.parent.localId : undefined;
    if (
      left.has(exclusionKey(item.source)) ||
      forExcludedService(item.source) ||
      (parent !== undefined && out.has(parent))
    ) {
      out.add(item.localId);
    }
  }
  return [...out];
}
