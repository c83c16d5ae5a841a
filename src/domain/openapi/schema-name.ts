import type { OpenApiMediaType, OpenApiSchema } from './openapi-document';

/**
 * What a schema is called: its title (component schemas get their name as title before
 * dereferencing), or "list of X" for an untitled array of a titled item; undefined otherwise.
 */
export function schemaName(schema: OpenApiSchema | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const title = schema.title?.trim();
  if (title) return title;
  const item = schema.items?.title?.trim();
  return item ? `list of ${item}` : undefined;
}

/** "integer", "string or null", "array of string"; undefined when the schema names no type. */
export function schemaType(schema: OpenApiSchema | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (type): type is string => typeof type === 'string',
  );
  if (types.length === 0) return undefined;
  return types
    .map((type) => {
      const item = type === 'array' ? schemaType(schema.items) : undefined;
      return item ? `array of ${item}` : type;
    })
    .join(' or ');
}

/** The first media type of a body and its schema, e.g. `application/json` with `Pet`. */
export function firstContent(
  content: Record<string, OpenApiMediaType | undefined> | undefined,
): { mediaType: string; schema: OpenApiSchema | undefined } | undefined {
  const first = Object.entries(content ?? {})[0];
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
