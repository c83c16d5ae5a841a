/**
 * Jira's `fields` and `properties` request parameters: `*all`, `*navigable`, plain names, and
 * names prefixed with `-` to exclude.
 */
export type Selection = (name: string) => boolean;

/** `fields`: with nothing requested, `all` (GET issue) or nothing but the id (search). */
export function fieldSelection(
  requested: readonly string[] | undefined,
  byDefault: 'all' | 'none',
): Selection {
  const tokens = (requested ?? []).map((t) => t.trim()).filter((t) => t !== '');
  if (tokens.length === 0) return () => byDefault === 'all';
  const included = new Set(tokens.filter((t) => !t.startsWith('-') && !t.startsWith('*')));
  const excluded = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  // Jira: "`-description` Returns all navigable (default) fields except description", so a list of
  // exclusions alone starts from every field.
  const onlyExclusions = included.size === 0 && excluded.size === tokens.length;
  const all = onlyExclusions || tokens.some((t) => t === '*all' || t === '*navigable');
  return (name) => !excluded.has(name) && (all || included.has(name));
}

/** `properties`: nothing unless asked for. */
export function propertySelection(requested: readonly string[] | undefined): Selection {
  return fieldSelection(requested, 'none');
}
