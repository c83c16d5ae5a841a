/**
 * The issue ids a run already knows exist: its own record's, and those of the plan's run before
 * it. Reconciliation reads them consistently (`reconcileIssues`), so a run started seconds after
 * another still sees what that one made while Jira's search index catches up.
 */
import type { RunStore } from './run-store';
import type { Run } from '../run';

export function existingIds(run: Pick<Run, 'items'> | undefined): string[] {
  return (run?.items ?? []).flatMap((i) =>
    i.outcome === 'created' || i.outcome === 'existed' ? [i.id] : [],
  );
}

/**
 * What the previous run made, when it wrote its record within `horizonMs` (the index shows
 * anything older anyway, so reading it consistently would only cost searches).
 */
export async function earlierRunIds(
  store: RunStore,
  run: Pick<Run, 'previousRunId'>,
  now: number,
  horizonMs: number,
): Promise<string[]> {
  if (run.previousRunId === undefined) return [];
  const previous = await store.load(run.previousRunId);
  return previous && now - previous.updatedAt < horizonMs ? existingIds(previous) : [];
}
