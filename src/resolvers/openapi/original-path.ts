import { isRecord, localRefPath, valueAt } from '../../domain';

type Path = (string | number)[];

/** References followed while walking one path: bounds a chain that loops. */
const MAX_HOPS = 64;

/**
 * Where a place in the dereferenced document was written in the original: walks `path` through
 * `document` and, wherever the walk meets a `$ref`, continues from the reference's target. A
 * problem the validator finds inside `#/components/schemas/Pet` through any number of references
 * is located at the schema itself, once.
 */
export function originalPath(document: unknown, path: readonly (string | number)[]): Path {
  let at: Path = [];
  let node = document;
  let hops = 0;
  for (const key of path) {
    while (isRecord(node) && typeof node.$ref === 'string' && key !== '$ref' && hops < MAX_HOPS) {
      const target = localRefPath(node.$ref);
      if (target === undefined) break;
      hops++;
      at = [...target];
      node = valueAt(document, target);
    }
    at.push(key);
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[String(key)]
        : undefined;
  }
  return at;
}
