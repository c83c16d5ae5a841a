/**
 * Turns raw query strings into the types the spec declares, the way Jira reads them: arrays may
 * be repeated or comma-separated (`fields=a,b&fields=c`), booleans are `true`/`false`.
 */
import type { JsonSchema, OpenApiParameter } from './openapi-document';

export type Coerced = { ok: true; value: unknown } | { ok: false; reason: string };

function coerceScalar(raw: string, schema: JsonSchema | undefined): Coerced {
  switch (schema?.type) {
    case 'integer':
      return /^-?\d+$/.test(raw.trim())
        ? { ok: true, value: Number(raw) }
        : { ok: false, reason: `'${raw}' is not an integer` };
    case 'boolean':
      if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
      return { ok: false, reason: `'${raw}' is not a boolean` };
    default:
      return { ok: true, value: raw };
  }
}

export function coerceQueryParameter(parameter: OpenApiParameter, raw: string[]): Coerced {
  const schema = parameter.schema;
  if (schema?.type === 'array') {
    const items = schema.items as JsonSchema | undefined;
    const values: unknown[] = [];
    for (const part of raw.flatMap((r) => r.split(','))) {
      if (part === '') continue;
      const item = coerceScalar(part, items);
      if (!item.ok) return item;
      values.push(item.value);
    }
    return { ok: true, value: values };
  }
  return coerceScalar(raw[raw.length - 1] ?? '', schema);
}
