import type { PlanEstimate, PlanItem } from '../plan';

/** Jira's `POST /rest/api/3/issue/bulk` takes at most this many issues per call. */
export const BULK_CREATE_MAX = 50;

/**
 * Issues per hierarchy level and the fewest bulk-create calls: levels go one after another
 * (a child needs its parent's key), so each level needs ⌈n/50⌉ calls of its own.
 */
export function estimatePlan(items: readonly Pick<PlanItem, 'level'>[]): PlanEstimate {
  const issuesPerLevel: PlanEstimate['issuesPerLevel'] = { '1': 0, '0': 0, '-1': 0 };
  for (const item of items) issuesPerLevel[String(item.level) as '1' | '0' | '-1']++;
  const bulkRequests = Object.values(issuesPerLevel).reduce(
    (sum, count) => sum + Math.ceil(count / BULK_CREATE_MAX),
    0,
  );
  return { issuesPerLevel, bulkRequests };
}
