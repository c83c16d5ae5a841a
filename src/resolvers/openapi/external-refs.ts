type Path = (string | number)[];

/**
 * Every `$ref` that points outside the document (another file or a URL), with where it is. A
 * Forge function must not fetch them, and resolving files would read the function's own disk.
 */
export function externalRefs(value: unknown, path: Path = []): { ref: string; path: Path }[] {
  if (typeof value !== 'object' || value === null) return [];
  const own =
    '$ref' in value && typeof value.$ref === 'string' && !value.$ref.startsWith('#')
      ? [{ ref: value.$ref, path: [...path, '$ref'] }]
      : [];
  const children = Array.isArray(value)
    ? value.map((item, index) => externalRefs(item, [...path, index]))
    : Object.entries(value).map(([key, child]) => externalRefs(child, [...path, key]));
  return [...own, ...children.flat()];
}
