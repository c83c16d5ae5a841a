import type { Plan, PlanItem, PlanLink } from '../plan';

/** An issue that already exists for this plan, found by its `localId` entity property. */
export interface ExistingIssue {
  localId: string;
  key: string;
}

export interface PlanDiff {
  /** Plan items that already exist in Jira, in plan order. */
  existing: ExistingIssue[];
  /** Plan items still to create, in plan order; parents that exist already point at their key. */
  toCreate: PlanItem[];
  /** Issues created by an earlier run whose part of the draft is gone, ordered by local id. */
  removed: ExistingIssue[];
  /** Links with at least one end still to create (links between existing issues exist already). */
  links: PlanLink[];
}

/**
 * Compares a plan with the issues an earlier run created, so a re-run creates only what is
 * missing and the preview can say what was dropped from the draft.
 */
export function diffPlan(plan: Plan, existing: readonly ExistingIssue[]): PlanDiff {
  const keyOf = new Map(existing.map((issue) => [issue.localId, issue.key]));
  const inPlan = new Set(plan.items.map((item) => item.localId));

  const found: ExistingIssue[] = [];
  const toCreate: PlanItem[] = [];
  for (const item of plan.items) {
    const key = keyOf.get(item.localId);
    if (key !== undefined) {
      found.push({ localId: item.localId, key });
      continue;
    }
    const parent = item.parent;
    const parentKey = parent?.kind === 'item' ? keyOf.get(parent.localId) : undefined;
    toCreate.push(
      parentKey === undefined ? item : { ...item, parent: { kind: 'existing', key: parentKey } },
    );
  }

  const removed = existing
    .filter((issue) => !inPlan.has(issue.localId))
    .sort((a, b) => (a.localId < b.localId ? -1 : a.localId > b.localId ? 1 : 0));

  const isNew = (end: PlanLink['from']) => end.kind === 'item' && !keyOf.has(end.localId);
  const links = plan.links.filter((link) => isNew(link.from) || isNew(link.to));

  return { existing: found, toCreate, removed, links };
}
