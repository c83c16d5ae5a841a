import type { PlanItem } from '../plan';

/**
 * When each new item can be created, if every link between two new items rides inside the
 * create request of whichever end is created later: a child comes at least one stage after its
 * parent, and two linked items never share a stage (or neither could name the other's key).
 * Stages are assigned greedily in the given order (parents first): the smallest stage after the
 * parent's that no linked item already holds. Pure; the executor schedules with it and the
 * plan's estimate counts with it, so the two cannot disagree.
 */
export function creationStages(
  items: readonly Pick<PlanItem, 'localId' | 'parent'>[],
  linkedPairs: readonly (readonly [string, string])[],
): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of linkedPairs) {
    if (a === b) continue;
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const stage = new Map<string, number>();
  for (const item of items) {
    const parentStage = item.parent?.kind === 'item' ? stage.get(item.parent.localId) : undefined;
    let s = parentStage === undefined ? 0 : parentStage + 1;
    const taken = new Set((neighbours.get(item.localId) ?? []).flatMap((n) => stage.get(n) ?? []));
    while (taken.has(s)) s++;
    stage.set(item.localId, s);
  }
  return stage;
}
