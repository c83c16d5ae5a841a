import { stringify } from 'yaml';
import { MAX_EXPANDED_DEPTH, scopingFromOpenApi } from '../../../src/domain';
import { OpenApiDocumentError } from '../../../src/domain/openapi/openapi-document-error';
import { readOpenApi } from '../../../src/resolvers/openapi/read-openapi-document';
import { prepareLargeDocument } from '../../../static/panel/scoping/prepare-large-document';
import { documentWith, getting } from '../../support/openapi-documents';

/** The refusal `readOpenApi` gives `text`; fails the test on anything else (a crash included). */
async function refusal(text: string): Promise<OpenApiDocumentError> {
  try {
    await readOpenApi(text);
  } catch (error) {
    if (error instanceof OpenApiDocumentError) return error;
    throw new Error(`Not a refusal: ${String(error)}`);
  }
  throw new Error('The document was read');
}

const deepJson = (levels: number) =>
  `{"openapi":"3.0.3","info":{"title":"Deep","version":"1"},"paths":{},\n"components":{"schemas":{"Deep":\n${'{"type":"array","items":'.repeat(levels)}{"type":"string"}${'}'.repeat(levels)}}}}`;

function deepYaml(levels: number): string {
  const lines = ['openapi: 3.0.3', 'info: {title: Deep, version: "1"}', 'paths: {}', 'components:'];
  lines.push('  schemas:', '    Deep:');
  for (let i = 0; i < levels; i++) lines.push(`${'  '.repeat(i + 3)}items:`);
  lines.push(`${'  '.repeat(levels + 3)}type: string`);
  return lines.join('\n');
}

/** `links` schemas each an `allOf` of the next: a chain of references `links` deep once followed. */
function referenceChain(links: number): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < links; i++) {
    schemas[`S${i}`] =
      i === links - 1
        ? { type: 'string' }
        : { allOf: [{ $ref: `#/components/schemas/S${i + 1}` }] };
  }
  return documentWith(
    { '/chain': getting({ $ref: '#/components/schemas/S0' }) },
    { components: { schemas } },
  );
}

describe('hostile and broken documents: a clear, located refusal, never a crash', () => {
  it.each([600, 2000, 200_000])(
    'refuses JSON nested %i levels deep at its line',
    async (levels) => {
      const error = await refusal(deepJson(levels));
      expect(error.message).toBe(
        'The document nests more than 100 levels deep (line 3); the import reads documents that nest less.',
      );
      expect(error.problems).toEqual([{ message: 'Nested more than 100 levels deep', line: 3 }]);
    },
  );

  it.each([600, 2000])('refuses YAML nested %i levels deep at its line', async (levels) => {
    const error = await refusal(deepYaml(levels));
    expect(error.problems[0]?.line).toBeGreaterThan(90);
    expect(error.problems[0]?.line).toBeLessThan(110);
  });

  it('refuses YAML flow collections nested 5,000 deep on one line', async () => {
    const text = `openapi: 3.0.3\ninfo: {title: Deep, version: "1"}\npaths: {}\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const error = await refusal(text);
    expect(error.problems).toEqual([{ message: 'Nested more than 100 levels deep', line: 4 }]);
  });

  it('reads a document nested just under the limit', async () => {
    const read = await readOpenApi(deepJson(40));
    expect(read.api.openapi).toBe('3.0.3');
  });

  it('refuses references that nest deeper than the parser could follow, at the reference', async () => {
    const error = await refusal(stringify(referenceChain(1000)));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.message).toMatch(
      new RegExp(`references nest more than ${String(MAX_EXPANDED_DEPTH)} levels deep`),
    );
    expect(error.problems[0]?.pointer).toMatch(/^\/components\/schemas\/S\d+\/allOf\/0\/\$ref$/);
    expect(error.problems[0]?.line).toEqual(expect.any(Number));
  });

  it('reads a chain of references well within the depth', async () => {
    const read = await readOpenApi(stringify(referenceChain(30)));
    expect(scopingFromOpenApi(read.api, []).services[0]?.outputs.map((o) => o.name)).toEqual([
      'S0',
    ]);
  });
});

describe('a document is valid or invalid the same whatever its size or the way it comes', () => {
  /** A document over 512 KiB (sent slimmed by the browser), with `broken` inside a property. */
  function large(broken: boolean): string {
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < 400; i++) {
      schemas[`Thing${i}`] = {
        type: 'object',
        description: 'A thing with a long description. '.repeat(40),
        properties: {
          id: { type: 'string' },
          next: { $ref: `#/components/schemas/Thing${(i + 1) % 400}` },
        },
      };
    }
    if (broken) {
      (schemas.Thing7 as { properties: Record<string, unknown> }).properties.owner = {
        $ref: '#/components/schemas/Nobody',
      };
    }
    return JSON.stringify(
      documentWith(
        { '/things': getting({ $ref: '#/components/schemas/Thing0' }) },
        { components: { schemas } },
      ),
      null,
      2,
    );
  }

  it('refuses a broken reference inside a property both ways, at the same place and line', async () => {
    const text = large(true);
    expect(text.length).toBeGreaterThan(512 * 1024);
    const whole = await refusal(text);
    const browser = await prepareLargeDocument(text);
    expect(browser.ok).toBe(false);
    if (browser.ok) return;
    expect(browser.problems).toEqual(whole.problems);
    expect(browser.message).toBe(whole.message);
    expect(whole.problems).toEqual([
      {
        message: expect.stringMatching(/Reference to nothing: "#\/components\/schemas\/Nobody"/),
        pointer: '/components/schemas/Thing7/properties/owner/$ref',
        line: expect.any(Number),
      },
    ]);
  });

  it('reads the same document, unbroken, to the same services both ways', async () => {
    const text = large(false);
    const browser = await prepareLargeDocument(text);
    expect(browser.ok).toBe(true);
    if (!browser.ok) return;
    const sent = await readOpenApi(browser.document);
    const whole = await readOpenApi(text);
    expect(scopingFromOpenApi(sent.api, [])).toEqual(scopingFromOpenApi(whole.api, []));
  });
});
