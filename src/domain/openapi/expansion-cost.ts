import { localRefPath, refOf, toPointer, valueAt, type DocumentPath } from './json-pointer';

/** What dereferencing a document would produce, worked out without producing it. */
export interface ExpansionCost {
  /** Objects and arrays the fully dereferenced document would hold (circular references count once). */
  nodes: number;
  /** The reference whose target expands most, and how much: where an over-budget document is blamed. */
  largest: { pointer: string; ref: string; nodes: number } | undefined;
  /** Steps this count took: about the document's own size, however large `nodes` is. */
  steps: number;
  /**
   * Where the dereferenced document would nest deeper than `maxDepth` (a chain of references,
   * each a level further): the reference that goes past it (or the node, without one).
   */
  tooDeep: { pointer: string; ref: string | undefined } | undefined;
}

/**
 * How deep the dereferenced document may nest. The parser gives up at 500 levels with a stack
 * error of its own; the count stops well before, so neither it nor the parser runs out of stack.
 */
export const MAX_EXPANDED_DEPTH = 200;

interface Size {
  nodes: number;
  /** Levels of objects and arrays below and including this one, references expanded. */
  height: number;
}

/**
 * Counts the nodes a dereferenced copy of `document` would have, and how deep it would nest.
 * Each reference target is counted once and remembered, so a fan-out of schemas that refer twice
 * to the next (whose expansion doubles per level) costs one step per node of the text, not per
 * node of the expansion. The walk never goes deeper than `maxDepth` (plus the document's own
 * nesting, which the caller bounds first), so it cannot exhaust the stack either.
 */
export function expansionCost(document: unknown, maxDepth = MAX_EXPANDED_DEPTH): ExpansionCost {
  const memo = new Map<string, Size>();
  const inProgress = new Set<string>();
  const cost: ExpansionCost = { nodes: 0, largest: undefined, steps: 0, tooDeep: undefined };
  const LEAF: Size = { nodes: 0, height: 0 };

  /** `via`: the last reference followed to get here, which a too deep node is blamed on. */
  type Via = { pointer: string; ref: string } | undefined;
  const count = (value: unknown, path: DocumentPath, depth: number, via: Via): Size => {
    cost.steps++;
    if (typeof value !== 'object' || value === null || cost.tooDeep) return LEAF;
    const ref = refOf(value);
    if (ref !== undefined) {
      const target = localRefPath(ref);
      if (target === undefined) return { nodes: 1, height: 1 };
      const key = toPointer(target);
      // A circular reference stays a reference when dereferenced: it counts as one node.
      if (inProgress.has(key)) return { nodes: 1, height: 1 };
      let size = memo.get(key);
      if (size === undefined) {
        if (depth > maxDepth) {
          cost.tooDeep = { pointer: toPointer([...path, '$ref']), ref };
          return LEAF;
        }
        inProgress.add(key);
        size = count(valueAt(document, target), target, depth, {
          pointer: toPointer([...path, '$ref']),
          ref,
        });
        inProgress.delete(key);
        if (cost.tooDeep) return LEAF;
        memo.set(key, size);
      }
      if (depth + size.height > maxDepth) {
        cost.tooDeep = { pointer: toPointer([...path, '$ref']), ref };
        return LEAF;
      }
      if (cost.largest === undefined || size.nodes > cost.largest.nodes) {
        cost.largest = { pointer: toPointer([...path, '$ref']), ref, nodes: size.nodes };
      }
      return size;
    }
    if (depth > maxDepth) {
      cost.tooDeep = via ?? { pointer: toPointer(path), ref: undefined };
      return LEAF;
    }
    const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    const size = { nodes: 1, height: 1 };
    for (const key of keys) {
      const child = count(
        (value as Record<string, unknown>)[String(key)],
        [...path, key],
        depth + 1,
        via,
      );
      size.nodes += child.nodes;
      size.height = Math.max(size.height, child.height + 1);
    }
    return size;
  };

  cost.nodes = count(document, [], 0, undefined).nodes;
  return cost;
}
