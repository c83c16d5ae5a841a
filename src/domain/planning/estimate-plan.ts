import type { PlanEstimate, PlanItem, PlanLink } from '../plan';
import { creationStages } from './creation-stages';

/**
 * Jira's `POST /rest/api/3/issue/bulk` takes at most this many issues per call: the one constant
 * the estimate, the scheduler and the client all use.
 */
export const BULK_CREATE_MAX = 50;

/** The pairs of plan items joined by a link: both ends are created by the plan. */
export function linkedItemPairs(links: readonly PlanLink[]): [string, string][] {
  return links.flatMap((link) =>
    link.from.kind === 'item' && link.to.kind === 'item'
      ? [[link.from.localId, link.to.localId] as [string, string]]
      : [],
  );
}

/**
 * Issues per hierarchy level and the fewest bulk-create calls that create the plan with every
 * link carried inside a create request: a child needs its parent's key, and two linked issues
 * cannot share a call, so items fall into creation stages (`creationStages`) and each stage
 * needs ⌈n/50⌉ calls of its own. Without links between new items that is ⌈n/50⌉ per level.
 */
export function estimatePlan(
  items: readonly Pick<PlanItem, 'level' | 'localId' | 'parent'>[],
  links: readonly PlanLink[] = [],
): PlanEstimate {
  const issuesPerLevel: PlanEstimate['issuesPerLevel'] = { '1': 0, '0': 0, '-1': 0 };
  for (const item of items) issuesPerLevel[String(item.level) as '1' | '0' | '-1']++;
  const perStage = new Map<number, number>();
  for (const stage of creationStages(items, linkedItemPairs(links)).values()) {
    perStage.set(stage, (perStage.get(stage) ?? 0) + 1);
  }
  const bulkRequests = [...perStage.values()].reduce(
    (sum, count) => sum + Math.ceil(count / BULK_CREATE_MAX),
    0,
  );
  return { issuesPerLevel, bulkRequests };
}
