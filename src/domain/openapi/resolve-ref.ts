import { localRefPath, refOf, valueAt } from './json-pointer';
import type { Ref } from './openapi-document';

/** Chains of references longer than this are treated as broken rather than followed on. */
const MAX_HOPS = 32;

/** A value with the references in front of it followed. */
export interface Resolved<T> {
  /** Undefined when a reference is not local, points nowhere, or loops. */
  value: T | undefined;
  /** The name of the last component the chain went through (`Pet` for `#/components/schemas/Pet`). */
  name: string | undefined;
}

/**
 * Follows `node`'s reference chain inside `document`. The import reads the document as written
 * rather than dereferenced, so the cost of reading is the size of the text, never the size of
 * what its references would expand to, and every name a reference gives survives.
 */
export function resolveRef<T>(document: unknown, node: Ref<T> | undefined): Resolved<T> {
  let value: unknown = node;
  let name: string | undefined;
  const seen = new Set<string>();
  for (let hop = 0; hop <= MAX_HOPS; hop++) {
    const ref = refOf(value);
    if (ref === undefined) return { value: value as T | undefined, name };
    const path = localRefPath(ref);
    if (path === undefined || seen.has(ref)) return { value: undefined, name };
    seen.add(ref);
    if (path.length === 3 && path[0] === 'components') name = path[2];
    value = valueAt(document, path);
  }
  return { value: undefined, name };
}
