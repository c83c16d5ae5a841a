/** A location in a document as a list of keys, from its root. */
export type DocumentPath = readonly (string | number)[];

/** RFC 6901: `["paths", "/pets", "get"]` is `/paths/~1pets/get`; the root is the empty string. */
export function toPointer(path: DocumentPath): string {
  return path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * The keys a local reference (`#/components/schemas/Pet`) names, or undefined when it is not
 * local (another file, a URL) or not a pointer at all.
 */
export function localRefPath(ref: string): string[] | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    return fromPointer(decodeURIComponent(ref.slice(1)));
  } catch {
    return undefined;
  }
}

/** The keys of an RFC 6901 pointer (`/paths/~1pets` is `["paths", "/pets"]`); undefined if malformed. */
export function fromPointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `path`, or undefined when any step is missing. */
export function valueAt(root: unknown, path: DocumentPath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[String(key)];
  }
  return node;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `$ref` of a Reference Object, when `value` is one. */
export function refOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
}
