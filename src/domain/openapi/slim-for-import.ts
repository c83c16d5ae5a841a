import { isRecord } from './json-pointer';
import { OPENAPI_METHODS } from './openapi-document';

/** Long texts are cut: the import keeps at most a line (500 characters) of each. */
const TEXT = 600;
/** Allowed values listed in an input's format; a draft line holds 500 characters. */
const ENUM_VALUES = 50;

type Json = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, TEXT) : undefined);

function pick(source: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function mapValues(value: unknown, slim: (entry: unknown) => unknown): Json | undefined {
  if (!isRecord(value)) return undefined;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, slim(entry)]));
}

function list(value: unknown, slim: (entry: unknown) => unknown): unknown[] | undefined {
  return Array.isArray(value) ? value.map(slim) : undefined;
}

function schema(value: unknown): unknown {
  if (!isRecord(value)) return value;
  if (typeof value.$ref === 'string') return { $ref: value.$ref };
  return {
    ...pick(value, ['title', 'type', 'format']),
    ...(Array.isArray(value.enum) ? { enum: value.enum.slice(0, ENUM_VALUES) } : {}),
    ...(value.items === undefined ? {} : { items: schema(value.items) }),
    ...Object.fromEntries(
      (['allOf', 'oneOf', 'anyOf'] as const)
        .filter((key) => Array.isArray(value[key]))
        .map((key) => [key, list(value[key], schema)]),
    ),
  };
}

function content(value: unknown): Json | undefined {
  return mapValues(value, (media) =>
    isRecord(media) && media.schema !== undefined ? { schema: schema(media.schema) } : {},
  );
}

function parameter(value: unknown): unknown {
  if (!isRecord(value) || typeof value.$ref === 'string') return value;
  return {
    ...pick(value, ['name', 'in', 'required']),
    ...(value.schema === undefined ? {} : { schema: schema(value.schema) }),
    ...(value.content === undefined ? {} : { content: content(value.content) }),
  };
}

function requestBody(value: unknown): unknown {
  if (!isRecord(value) || typeof value.$ref === 'string') return value;
  return { ...pick(value, ['required']), content: content(value.content) ?? {} };
}

function response(value: unknown): unknown {
  if (!isRecord(value) || typeof value.$ref === 'string') return value;
  // A missing description stays missing: the parser refuses it as it would in the whole text.
  return {
    ...(value.description === undefined ? {} : { description: text(value.description) }),
    ...(value.content === undefined ? {} : { content: content(value.content) }),
  };
}

function operation(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return {
    ...pick(value, ['tags', 'operationId', 'security']),
    ...(value.summary === undefined ? {} : { summary: text(value.summary) }),
    // Only the first paragraph is read (for its first sentence, when the summary says nothing).
    ...(typeof value.description === 'string'
      ? { description: text(value.description.trimStart().split(/\n\s*\n/)[0]) }
      : {}),
    ...(value.parameters === undefined ? {} : { parameters: list(value.parameters, parameter) }),
    ...(value.requestBody === undefined ? {} : { requestBody: requestBody(value.requestBody) }),
    responses: mapValues(value.responses, response) ?? {},
    // Callbacks are only named in a warning.
    ...(isRecord(value.callbacks) ? { callbacks: mapValues(value.callbacks, () => ({})) } : {}),
  };
}

function pathItem(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const out: Json = pick(value, ['$ref']);
  if (value.parameters !== undefined) out.parameters = list(value.parameters, parameter);
  for (const method of OPENAPI_METHODS) {
    if (value[method] !== undefined) out[method] = operation(value[method]);
  }
  return out;
}

/**
 * What of an OpenAPI document the import reads, and nothing else, still a valid document with
 * every kept part at the same place (so a problem's JSON pointer means the same in both): the
 * browser sends this instead of a document too large for a resolver's payload. Schemas keep
 * their names, types, formats, allowed values and composition, not their properties, so their
 * references no longer fan out. Texts are cut to what a draft can hold.
 */
export function slimForImport(document: Json): Json {
  const info = document.info;
  const components = isRecord(document.components) ? document.components : {};
  const tags = Array.isArray(document.tags) ? (document.tags as unknown[]) : undefined;
  return {
    ...pick(document, ['openapi', 'security', 'servers']),
    ...(info === undefined
      ? {}
      : {
          info: isRecord(info)
            ? {
                ...(info.title === undefined ? {} : { title: text(info.title) ?? info.title }),
                ...(info.version === undefined
                  ? {}
                  : { version: text(info.version) ?? info.version }),
              }
            : info,
        }),
    ...(tags
      ? {
          tags: tags.map((tag) =>
            isRecord(tag)
              ? {
                  name: tag.name,
                  // Read whole, as Markdown, then cut as plain text: tags are few.
                  ...(typeof tag.description === 'string'
                    ? { description: tag.description.slice(0, 4000) }
                    : {}),
                }
              : tag,
          ),
        }
      : {}),
    paths: mapValues(document.paths, pathItem) ?? {},
    ...(isRecord(document.webhooks) ? { webhooks: mapValues(document.webhooks, () => ({})) } : {}),
    components: {
      ...(components.schemas === undefined
        ? {}
        : { schemas: mapValues(components.schemas, schema) }),
      ...(components.parameters === undefined
        ? {}
        : { parameters: mapValues(components.parameters, parameter) }),
      ...(components.requestBodies === undefined
        ? {}
        : { requestBodies: mapValues(components.requestBodies, requestBody) }),
      ...(components.responses === undefined
        ? {}
        : { responses: mapValues(components.responses, response) }),
      ...(components.pathItems === undefined
        ? {}
        : { pathItems: mapValues(components.pathItems, pathItem) }),
      ...pick(components, ['securitySchemes']),
    },
  };
}
