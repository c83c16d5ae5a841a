/**
 * OpenAPI documents written for tests: the pathological fan-out the issue describes, and small
 * documents a test changes one thing of.
 */

/**
 * `levels` schemas, each referring twice to the next (through two properties, or an `allOf` of
 * two, which the import reads and so validates): a few kilobytes of text whose references expand
 * to about 2^levels schemas.
 */
export function fanOutDocument(
  levels: number,
  via: 'properties' | 'allOf' = 'allOf',
): Record<string, any> {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) {
    const next = { $ref: `#/components/schemas/Level${i + 1}` };
    schemas[`Level${i}`] =
      i === levels - 1
        ? { type: 'string' }
        : via === 'allOf'
          ? { allOf: [next, { allOf: [next] }] }
          : { type: 'object', properties: { left: next, right: next } };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Fan-out', version: '1' },
    paths: {
      '/tree': {
        get: {
          operationId: 'getTree',
          responses: {
            '200': {
              description: 'The tree',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Level0' } } },
            },
          },
        },
      },
    },
    components: { schemas },
  };
}

/** A minimal valid document with the given paths and components. */
export function documentWith(
  paths: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, any> {
  return { openapi: '3.0.3', info: { title: 'Shop', version: '1' }, paths, ...extra };
}

/** A GET operation answering 200 with `schema` (JSON), plus whatever `more` adds. */
export function getting(schema: unknown, more: Record<string, unknown> = {}) {
  return {
    get: {
      responses: {
        '200': { description: 'OK', content: { 'application/json': { schema } } },
      },
      ...more,
    },
  };
}
