import type { PreviewItem as PlanItem } from '../../../src/contract';

export interface PlanNode {
  item: PlanItem;
  children: PlanNode[];
}

/**
 * The plan's items as a tree: roots are items without a parent in this plan (under nothing or
 * under an existing issue). Plans list parents before their children, so one pass suffices.
 */
export function planTree(items: readonly PlanItem[]): PlanNode[] {
  const nodes = new Map<string, PlanNode>();
  const roots: PlanNode[] = [];
  for (const item of items) {
    const node: PlanNode = { item, children: [] };
    nodes.set(item.localId, node);
    const parent = item.parent?.kind === 'item' ? nodes.get(item.parent.localId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
