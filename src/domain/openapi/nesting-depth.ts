import type { DocumentPath } from './json-pointer';

/**
 * How deep objects and arrays may nest in a document as written. Real APIs nest a few dozen
 * levels (OpenAI's 3 MB spec: 21; Atlassian's Jira spec: 12); hundreds of levels only come from
 * a hostile or generated document, which would exhaust the stack of every recursive reader
 * (the YAML composer, the reference resolver, the validator) before they could say where.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * The path of the first object or array nested deeper than `max`, or undefined when none is.
 * Iterative, so a document nested a million levels costs a walk, never the stack.
 */
export function tooDeepPath(document: unknown, max = MAX_NESTING_DEPTH): DocumentPath | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: document, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > max) return path;
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    // Pushed in reverse so the first deep branch in document order is found first.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string | number, unknown];
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}
