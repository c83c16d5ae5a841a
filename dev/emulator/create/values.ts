/** Small readers for the loosely typed JSON of Jira request bodies. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ id }`, `{ key }` or `{ name }` references as Jira accepts them; the first present wins. */
export function refOf(
  value: unknown,
  names: readonly ('id' | 'key' | 'name')[],
): { by: string; value: string } | undefined {
  if (!isObject(value)) return undefined;
  for (const name of names) {
    const v = value[name];
    if (typeof v === 'string' && v !== '') return { by: name, value: v };
    if (typeof v === 'number') return { by: name, value: String(v) };
  }
  return undefined;
}

/** Whether a required field counts as filled. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
