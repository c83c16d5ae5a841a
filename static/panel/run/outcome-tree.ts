import type { ItemOutcome } from '../../../src/run/run';
import type { RunOutline } from '../../../src/run/run-outline';

/** One row of the results: an issue the run handled, or an existing issue it hung issues under. */
export interface OutcomeNode {
  /** A React key and test id; never shown. */
  id: string;
  issueKey: string | null;
  summary: string;
  issueType: string | null;
  /** Null for an existing issue the run only hung its issues under. */
  outcome: ItemOutcome | null;
  children: OutcomeNode[];
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
      children: [],
    }));
  }
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
