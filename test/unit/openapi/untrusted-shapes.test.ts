import fc from 'fast-check';
import {
  IMPORT_BUDGET,
  documentProblems,
  expansionCost,
  scopingFromOpenApi,
  type OpenApiDocument,
  slimForImport,
  stripExtensions,
} from '../../../src/domain';

/** JSON-like values shaped a little like OpenAPI, so the checks reach their deeper branches. */
const openApiLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'paths',
        'get',
        'responses',
        '200',
        'schema',
        '$ref',
        'x-a',
        'tags',
        'allOf',
        'components',
        'schemas',
        'A',
        'content',
        'application/json',
        'security',
        'webhooks',
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
    fc.constantFrom(
      { $ref: '#/components/schemas/A' },
      { $ref: '#/nowhere' },
      { $ref: 'http://x/y' },
    ),
  ),
})).value;

describe('the import’s own reading of a document', () => {
  it('never throws, whatever the document’s shape', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), openApiLike), openApiLike, (document, paths) => {
        const withPaths = { openapi: '3.0.3', ...document, paths };
        const stripped = stripExtensions(withPaths) as Record<string, unknown>;
        expect(() => slimForImport(stripped)).not.toThrow();
        expect(() => documentProblems(stripped, IMPORT_BUDGET)).not.toThrow();
        expect(expansionCost(stripped).nodes).toBeGreaterThanOrEqual(0);
        expect(() => scopingFromOpenApi(stripped as unknown as OpenApiDocument, [])).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
