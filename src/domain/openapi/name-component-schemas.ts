/**
 * Gives every component schema without a `title` its component name as title, so that the name
 * ("Pet", "Error") survives dereferencing, which replaces each `$ref` by the schema it points
 * to. Call it on the parsed document before dereferencing; returns a copy, the input is untouched.
 */
export function nameComponentSchemas<D extends object>(document: D): D {
  const components = (document as { components?: unknown }).components;
  if (!isRecord(components) || !isRecord(components.schemas)) return document;
  const schemas = Object.fromEntries(
    Object.entries(components.schemas).map(([name, schema]) => [
      name,
      isRecord(schema) && schema.title === undefined && schema.$ref === undefined
        ? { ...schema, title: name }
        : schema,
    ]),
  );
  return { ...document, components: { ...components, schemas } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
