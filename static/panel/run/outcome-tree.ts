import type { ItemOutcome, RunOutline } from '../../../src/contract';

/** One row of the results: an issue the run handled, or an existing issue it hung issues under. */
export interface OutcomeNode {
  /** A React key and test id; never shown. */
  id: string;
  issueKey: string | null;
  summary: string;
  issueType: string | null;
  /** Null for an existing issue the run only hung its issues under. */
  outcome: ItemOutcome | null;
  /** Why a failed or blocked issue was not created, in words (never the plan's ids). */
  problem: string | null;
  children: OutcomeNode[];
}

/**
 * Why an issue was not created. A blocked one names the issue above it by its summary: the run's
 * own reason names the plan's ids, which mean nothing to a person.
 */
function problemOf(outcome: ItemOutcome, summaries: ReadonlyMap<string, string>): string | null {
  if (outcome.outcome === 'failed') return `Jira did not create it: ${outcome.reason}`;
  if (outcome.outcome !== 'blocked') return null;
  const above = summaries.get(outcome.blockedBy);
  return above
    ? `Not created, because “${above}” above it was not created.`
    : 'Not created, because the issue it goes under was not created.';
}

const keyOfOutcome = (outcome: ItemOutcome): string | null =>
  outcome.outcome === 'created' || outcome.outcome === 'existed' || outcome.outcome === 'deleted'
    ? outcome.key
    : null;

/**
 * The run's outcomes as Jira nests the issues: under the existing issue they hang from (a reused
 * epic, an epic's child) or under the item of the plan they belong to, in plan order. Without an
 * outline (not loaded, or refused) the outcomes stay flat and unnamed rather than show ids.
 */
export function outcomeTree(
  outcomes: readonly ItemOutcome[],
  outline: RunOutline | null,
): OutcomeNode[] {
  const byId = new Map(outcomes.map((o) => [o.localId, o]));
  if (!outline) {
    return outcomes.map((outcome) => ({
      id: outcome.localId,
      issueKey: keyOfOutcome(outcome),
      summary: '',
      issueType: null,
      outcome,
      problem: problemOf(outcome, new Map()),
      children: [],
    }));
  }
  const summaries = new Map(outline.items.map((i) => [i.localId, i.summary]));
  const roots: OutcomeNode[] = [];
  const nodes = new Map<string, OutcomeNode>();
  const parents = new Map(outline.parents.map((p) => [p.key, p]));
  const existing = new Map<string, OutcomeNode>();
  const existingNode = (key: string): OutcomeNode => {
    let node = existing.get(key);
    if (!node) {
      const known = parents.get(key);
      node = {
        id: `parent:${key}`,
        issueKey: key,
        summary: known?.summary ?? '',
        issueType: known?.issueType ?? null,
        outcome: null,
        problem: null,
        children: [],
      };
      existing.set(key, node);
      roots.push(node);
    }
    return node;
  };
  for (const item of outline.items) {
    const outcome = byId.get(item.localId);
    if (!outcome) continue;
    const node: OutcomeNode = {
      id: item.localId,
      issueKey: keyOfOutcome(outcome),
      summary: item.summary,
      issueType: item.issueType,
      outcome,
      problem: problemOf(outcome, summaries),
      children: [],
    };
    nodes.set(item.localId, node);
    const parent =
      item.parent?.kind === 'item'
        ? nodes.get(item.parent.localId)
        : item.parent?.kind === 'existing'
          ? existingNode(item.parent.key)
          : undefined;
    (parent?.children ?? roots).push(node);
  }
  return roots;
}

/** How deep the tree goes (1 for a flat list), so the type column leaves room for the indent. */
export function treeDepth(nodes: readonly OutcomeNode[]): number {
  return nodes.reduce((deepest, n) => Math.max(deepest, 1 + treeDepth(n.children)), 0);
}
