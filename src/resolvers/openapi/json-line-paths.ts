type Path = (string | number)[];

/**
 * The document path each line of `JSON.stringify(value, null, 2)` belongs to (index 0 is line 1).
 * The OpenAPI parser points at validation errors with a code frame of that rendering, so this
 * turns its line number back into a path in the document the user wrote.
 */
export function jsonLinePaths(value: unknown): Path[] {
  const lines: Path[] = [[]];
  walk(value, [], lines);
  return lines;
}

function walk(value: unknown, path: Path, lines: Path[]): void {
  if (typeof value !== 'object' || value === null) return;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) return;
  for (const [key, child] of entries) {
    lines.push([...path, key]);
    walk(child, [...path, key], lines);
  }
  lines.push(path);
}
