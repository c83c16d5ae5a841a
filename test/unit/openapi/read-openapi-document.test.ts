import { stringify } from 'yaml';
import { expansionCost, IMPORT_BUDGET, scopingFromOpenApi } from '../../../src/domain';
import { OpenApiDocumentError } from '../../../src/domain/openapi/openapi-document-error';
import { readOpenApiDocument } from '../../../src/resolvers/openapi/read-openapi-document';
import { documentWith, fanOutDocument, getting } from '../../support/openapi-documents';
import { exampleText, OPENAPI_EXAMPLES } from '../../support/openapi-examples';

/** The error `readOpenApiDocument` throws for `text`, or a failure when it reads it. */
async function refusal(text: string, budget = IMPORT_BUDGET): Promise<OpenApiDocumentError> {
  try {
    await readOpenApiDocument(text, budget);
  } catch (error) {
    if (error instanceof OpenApiDocumentError) return error;
    throw error;
  }
  throw new Error('The document was read');
}

/** The 1-based line of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('readOpenApiDocument', () => {
  describe('the schema fan-out (3 KB whose references expand exponentially)', () => {
    const text = stringify(fanOutDocument(25));

    it('is about 3 KB, yet would expand to tens of millions of nodes', () => {
      expect(text.length).toBeLessThan(4 * 1024);
      expect(expansionCost(fanOutDocument(25)).nodes).toBeGreaterThan(10_000_000);
    });

    it('is measured in work proportional to its text, not to its expansion', () => {
      const small = expansionCost(fanOutDocument(10)).steps;
      const large = expansionCost(fanOutDocument(25)).steps;
      // 2.5 times the levels, about 2.5 times the steps (never 2^15 times).
      expect(large / small).toBeLessThan(3);
    });

    it('is refused with one error located at the reference that expands, before any expansion', async () => {
      const error = await refusal(text);
      expect(error.problems).toEqual([
        {
          message: expect.stringMatching(
            /references expand to about [\d,]+ nodes, more than the 250,000 .*#\/components\/schemas\/Level0/,
          ),
          pointer: '/paths/~1tree/get/responses/200/content/application~1json/schema/$ref',
          line: lineOf(text, '$ref: "#/components/schemas/Level0"'),
        },
      ]);
    });

    it('imports correctly when it fits the budget, and is refused when an injected budget is lower', async () => {
      const document = fanOutDocument(8);
      const read = await readOpenApiDocument(stringify(document));
      expect(scopingFromOpenApi(read, []).services[0]?.outputs.map((o) => o.name)).toEqual([
        'Level0',
      ]);
      const nodes = expansionCost(document).nodes;
      const error = await refusal(stringify(document), { expandedNodes: nodes - 1 });
      expect(error.problems[0]?.message).toMatch(/references expand/);
    });
  });

  it('reports every problem once, at its JSON pointer and line in the original text', async () => {
    // Validated is what the import reads (names, types, formats, composition), the same however
    // the document comes: a format that is not a string is wrong there.
    const pet = { type: 'object', format: 7, properties: { id: { type: 'integer' } } };
    const ref = { $ref: '#/components/schemas/Pet' };
    const text = stringify(
      documentWith(
        {
          '/pets': getting(ref),
          '/pets/{id}': getting(ref, {
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          }),
          '/owners': getting({ type: 'array', items: ref }),
          '/shops': { get: { responses: { '200': { content: {} } } } },
        },
        { components: { schemas: { Pet: pet } } },
      ),
    );
    const error = await refusal(text);
    // The response without a description, then the schema error reached through three references.
    const shops = lineOf(text, '/shops:');
    expect(error.problems.map((p) => [p.pointer, p.line])).toEqual([
      ['/paths/~1shops/get/responses/200', shops + 3],
      ['/components/schemas/Pet/format', lineOf(text, 'format: 7')],
    ]);
  });

  it('reports a duplicate operationId alongside the schema errors, at each reuse', async () => {
    const text = stringify(
      documentWith({
        '/a': getting({ type: 'string' }, { operationId: 'fetch' }),
        '/b': getting({ type: 'string' }, { operationId: 'fetch' }),
        '/c': getting({ type: 'string', format: 5 }),
      }),
    );
    const error = await refusal(text);
    expect(error.problems.map((p) => p.pointer)).toEqual([
      '/paths/~1b/get/operationId',
      '/paths/~1c/get/responses/200/content/application~1json/schema/format',
    ]);
    expect(error.problems[0]?.message).toMatch(/"fetch" is used again/);
  });

  it('ignores x- extensions, and the references to other files inside them', async () => {
    const document = documentWith(
      { '/trips': getting({ type: 'string' }, { 'x-docs': { $ref: './docs/trips.md' } }) },
      { 'x-topics': [{ title: 'Guide', content: { $ref: 'https://example.com/guide.md' } }] },
    );
    const read = await readOpenApiDocument(stringify(document));
    expect(scopingFromOpenApi(read, []).services[0]?.endpoints).toHaveLength(1);
  });

  it('keeps x- names the author chose: a parameter component called x-something', async () => {
    const document = documentWith(
      {
        '/trips': getting(
          { type: 'object', properties: { 'x-id': { type: 'string' } } },
          { parameters: [{ $ref: '#/components/parameters/x-trace' }] },
        ),
      },
      {
        components: {
          parameters: { 'x-trace': { name: 'X-Trace', in: 'header', schema: { type: 'string' } } },
        },
      },
    );
    // Dropped as an extension, the reference would point at nothing and be refused.
    const read = await readOpenApiDocument(stringify(document));
    expect(scopingFromOpenApi(read, []).services[0]?.inputs.map((i) => i.name)).toEqual([
      'X-Trace',
    ]);
  });

  it('reads a document whose schemas refer to themselves, naming the output after its schema', async () => {
    const category = {
      type: 'object',
      properties: {
        parent: { $ref: '#/components/schemas/Category' },
        children: { type: 'array', items: { $ref: '#/components/schemas/Category' } },
      },
    };
    const read = await readOpenApiDocument(
      stringify(
        documentWith(
          {
            '/categories/{id}': getting(
              { $ref: '#/components/schemas/Category' },
              {
                operationId: 'getCategory',
                parameters: [
                  { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
                ],
              },
            ),
          },
          { components: { schemas: { Category: category } } },
        ),
      ),
    );
    expect(scopingFromOpenApi(read, []).services[0]?.outputs.map((o) => o.name)).toEqual([
      'Category',
    ]);
  });

  it('refuses Swagger 1.2, and names the versions it reads', async () => {
    const error = await refusal(
      JSON.stringify({ swagger: '1.2', info: { title: 'Old', version: '1' }, paths: {} }),
    );
    expect(error.message).toMatch(/Swagger "1\.2".*reads Swagger 2\.0 and OpenAPI 3\.0 and 3\.1/);
    expect(error.problems[0]).toMatchObject({ pointer: '/swagger', line: 1 });
  });

  it.each(OPENAPI_EXAMPLES)('reads the vendored example %s without a problem', async (name) => {
    await expect(readOpenApiDocument(exampleText(name))).resolves.toHaveProperty('paths');
  });

  it('imports OAI’s callback and webhook examples with their counts, warning about what it leaves out', async () => {
    const callbacks = scopingFromOpenApi(
      await readOpenApiDocument(exampleText('callback-example')),
      [],
    );
    expect(callbacks.services.map((s) => [s.name, s.endpoints.length])).toEqual([['streams', 1]]);
    expect(callbacks.services[0]?.endpoints[0]?.summary).toBe(
      'subscribes a client to receive out-of-band data',
    );
    expect(callbacks.warnings).toEqual([
      expect.stringMatching(/^POST \/streams: its callbacks \(onData\)/),
    ]);
    const webhooks = scopingFromOpenApi(
      await readOpenApiDocument(exampleText('webhook-example')),
      [],
    );
    expect(
      webhooks.services.map((s) => [s.name, s.endpoints.length, s.outputs.map((o) => o.name)]),
    ).toEqual([['pets', 1, ['Pets']]]);
    expect(webhooks.warnings).toEqual([expect.stringMatching(/^Webhooks .*: newPet\./)]);
  });
});
