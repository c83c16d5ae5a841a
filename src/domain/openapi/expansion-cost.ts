import {
  isRecord,
  localRefPath,
  refOf,
  toPointer,
  valueAt,
  type DocumentPath,
} from './json-pointer';

/** What dereferencing a document would produce, worked out without producing it. */
export interface ExpansionCost {
  /** Objects and arrays the fully dereferenced document would hold (circular references count once). */
  nodes: number;
  /** The reference whose target expands most, and how much: where an over-budget document is blamed. */
  largest: { pointer: string; ref: string; nodes: number } | undefined;
  /** Steps this count took: about the document's own size, however large `nodes` is. */
  steps: number;
}

/**
 * Counts the nodes a dereferenced copy of `document` would have. Each reference target is counted
 * once and remembered, so a fan-out of schemas that refer twice to the next (whose expansion
 * doubles per level) costs one step per node of the text, not per node of the expansion.
 */
export function expansionCost(document: unknown): ExpansionCost {
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();
  const cost: ExpansionCost = { nodes: 0, largest: undefined, steps: 0 };

  const count = (value: unknown, path: DocumentPath): number => {
    cost.steps++;
    if (typeof value !== 'object' || value === null) return 0;
    const ref = refOf(value);
    if (ref !== undefined) {
      const target = localRefPath(ref);
      if (target === undefined) return 1;
      const key = toPointer(target);
      const known = memo.get(key);
      if (known !== undefined) return blame(known, path, ref);
      // A circular reference stays a reference when dereferenced: it counts as one node.
      if (inProgress.has(key)) return 1;
      inProgress.add(key);
      const nodes = count(valueAt(document, target), target);
      inProgress.delete(key);
      memo.set(key, nodes);
      return blame(nodes, path, ref);
    }
    const children = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    let nodes = 1;
    children.forEach((child, index) => {
      nodes += count(child, [...path, keys[index] ?? index]);
    });
    return nodes;
  };

  const blame = (nodes: number, path: DocumentPath, ref: string): number => {
    if (cost.largest === undefined || nodes > cost.largest.nodes) {
      cost.largest = { pointer: toPointer([...path, '$ref']), ref, nodes };
    }
    return nodes;
  };

  cost.nodes = count(document, []);
  return cost;
}
