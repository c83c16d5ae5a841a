import type { OpenApiMediaType, OpenApiSchema, Ref } from './openapi-document';
import { resolveRef } from './resolve-ref';

/** How deep names are looked for inside `allOf`/`oneOf`/`items`: names are shallow in practice. */
const MAX_DEPTH = 6;

/**
 * What a schema is called: the component a `$ref` names (or its title), "A | B" for a `oneOf` or
 * `anyOf` of named schemas, the named parts of an `allOf` ("Pet" for `allOf: [Pet, {…}]`), or
 * "list of X" for an array of a named item; undefined when nothing names it. Circular schemas
 * are named like any other: a reference is never followed into itself.
 */
export function schemaName(
  document: unknown,
  schema: Ref<OpenApiSchema> | undefined,
  depth = 0,
): string | undefined {
  if (schema === undefined || depth > MAX_DEPTH) return undefined;
  const { value, name } = resolveRef(document, schema);
  const title = typeof value?.title === 'string' ? value.title.trim() : '';
  if (title) return title;
  if (name) return name;
  if (value === undefined) return undefined;
  const named = (list: Ref<OpenApiSchema>[] | undefined) =>
    (Array.isArray(list) ? list : [])
      .map((part) => schemaName(document, part, depth + 1))
      .filter((part): part is string => part !== undefined);
  const choices = named(value.oneOf ?? value.anyOf);
  if (choices.length > 0) return [...new Set(choices)].join(' | ');
  const parts = named(value.allOf);
  if (parts.length > 0) return [...new Set(parts)].join(' & ');
  const item = value.items === undefined ? undefined : schemaName(document, value.items, depth + 1);
  return item ? `list of ${item}` : undefined;
}

/** "integer", "string or null", "array of string"; undefined when the schema names no type. */
export function schemaType(
  document: unknown,
  schema: Ref<OpenApiSchema> | undefined,
  depth = 0,
): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const { value } = resolveRef(document, schema);
  if (value === undefined) return undefined;
  const types = (Array.isArray(value.type) ? value.type : [value.type]).filter(
    (type): type is string => typeof type === 'string',
  );
  if (types.length === 0) return undefined;
  return types
    .map((type) => {
      const item = type === 'array' ? schemaType(document, value.items, depth + 1) : undefined;
      return item ? `array of ${item}` : type;
    })
    .join(' or ');
}

/** The schema's `format` and `enum`, as "int64" or "one of: asc, desc"; undefined when neither. */
export function schemaDetails(
  document: unknown,
  schema: Ref<OpenApiSchema> | undefined,
): string | undefined {
  const { value } = resolveRef(document, schema);
  if (value === undefined) return undefined;
  const details: string[] = [];
  if (typeof value.format === 'string' && value.format.trim()) details.push(value.format.trim());
  if (Array.isArray(value.enum) && value.enum.length > 0) {
    details.push(
      `one of: ${value.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}`,
    );
  }
  return details.length > 0 ? details.join('; ') : undefined;
}

/** The first media type of a body and its schema, e.g. `application/json` with `Pet`. */
export function firstContent(
  content: Record<string, OpenApiMediaType | undefined> | undefined,
): { mediaType: string; schema: Ref<OpenApiSchema> | undefined } | undefined {
  if (typeof content !== 'object' || content === null) return undefined;
  const first = Object.entries(content)[0];
  return first ? { mediaType: first[0], schema: first[1]?.schema } : undefined;
}

/** "JSON body", "form body", "multipart body", or "<media type> body". */
export function bodyKind(mediaType: string): string {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/json' || type.endsWith('+json')) return 'JSON body';
  if (type === 'application/x-www-form-urlencoded') return 'form body';
  if (type.startsWith('multipart/')) return 'multipart body';
  return `${type} body`;
}
