import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stringify } from 'yaml';
import { startDevStack, type DevStack } from '../../../dev/stack';
import { draftSchema, emptyDraft } from '../../../src/domain';
import { exampleText, rawExample } from '../../support/openapi-examples';
import { devInvoke } from '../../support/dev-invoke';

let stack: DevStack;

beforeAll(async () => {
  stack = await startDevStack();
});

afterAll(async () => {
  await stack.stop();
});

/** Calls a resolver through the host's invoke endpoint, as the panel on SHOP-3 would. */
async function call(functionKey: string, payload: unknown): Promise<Record<string, any>> {
  const { status, answer } = await devInvoke(stack.hostUrl, {
    issueKey: 'SHOP-3',
    functionKey,
    payload,
  });
  expect(status).toBe(200);
  return answer;
}

const importDocument = (document: string) => call('scoping/import-openapi', { document });

/** Jira writes and the stored draft's version: an import must change neither. */
async function writes() {
  const jiraWrites = stack
    .emulator!.requestLog()
    .filter((entry) => entry.method !== 'GET' && !entry.path.includes('/search/jql')).length;
  const draft = await call('draft/get', {});
  return { jiraWrites, draftVersion: draft.data.version as number };
}

describe('scoping/import-openapi', () => {
  it('reads a YAML document into services, with the API’s title, version and warnings', async () => {
    const answer = await importDocument(exampleText('petstore'));
    expect(answer.ok).toBe(true);
    expect(answer.data.title).toBe('Swagger Petstore');
    expect(answer.data.version).toBe('1.0.0');
    expect(answer.data.services.map((s: { name: string }) => s.name)).toEqual(['pets']);
    expect(answer.data.services[0].outputs.map((o: { name: string }) => o.name)).toEqual([
      'Pets',
      'Pet',
    ]);
    expect(answer.data.warnings).toEqual([]);
    const draft = { ...emptyDraft(), scoping: { services: answer.data.services } };
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });

  it('reads the same document as JSON', async () => {
    const fromYaml = await importDocument(exampleText('link-example'));
    const fromJson = await importDocument(JSON.stringify(rawExample('link-example'), null, 2));
    expect(fromJson.ok).toBe(true);
    expect(fromJson.data).toEqual(fromYaml.data);
  });

  it('reads an OpenAPI 3.1 document', async () => {
    const raw = rawExample('petstore');
    raw.openapi = '3.1.0';
    raw.components.schemas.Pet.properties.tag.type = ['string', 'null'];
    const answer = await importDocument(stringify(raw));
    expect(answer.ok).toBe(true);
    expect(answer.data.services[0].endpoints).toHaveLength(3);
  });

  it('names the line of a document that is not YAML or JSON, and writes nothing', async () => {
    const before = await writes();
    const answer = await importDocument('openapi: 3.0.0\ninfo: [\n  title: x\npaths: {}\n');
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('INVALID_INPUT');
    expect(answer.error.message).toMatch(
      /^The document is neither valid YAML nor JSON: .*line \d+/,
    );
    expect(await writes()).toEqual(before);
  });

  it('converts a Swagger 2.0 document and reads it like OpenAPI 3.0, saying so', async () => {
    const before = await writes();
    const swagger = {
      swagger: '2.0',
      info: { title: 'Old', version: '1' },
      paths: {
        '/pets/{id}': {
          get: {
            tags: ['pets'],
            parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
            responses: { '200': { description: 'The pet', schema: { type: 'string' } } },
          },
        },
      },
    };
    const answer = await importDocument(JSON.stringify(swagger));
    expect(answer.ok).toBe(true);
    expect(answer.data.convertedFrom).toBe('Swagger 2.0');
    expect(answer.data.groups).toEqual([{ name: 'pets', operations: 1 }]);
    expect(answer.data.services[0].inputs.map((i: { format: string }) => i.format)).toEqual([
      'path parameter: id (string, required)',
    ]);
    expect(await writes()).toEqual(before);
  });

  it.each([600, 2000, 20_000])(
    'refuses a schema nested %i levels deep with INVALID_INPUT at its line, never a server error',
    async (levels) => {
      const before = await writes();
      const schema = `${'{"type":"array","items":'.repeat(levels)}{"type":"string"}${'}'.repeat(levels)}`;
      const document = `{"openapi":"3.0.3","info":{"title":"Deep","version":"1"},"paths":{},\n"components":{"schemas":{"Deep":\n${schema}}}}`;
      const answer = await importDocument(document);
      expect(answer.ok).toBe(false);
      expect(answer.error.code).toBe('INVALID_INPUT');
      expect(answer.error.message).toMatch(/nests more than 100 levels deep \(line 3\)/);
      expect(await writes()).toEqual(before);
    },
  );

  it('refuses an external $ref, naming it and where it is, without fetching it', async () => {
    let fetched = 0;
    const server: Server = createServer((_request, response) => {
      fetched++;
      response.end('type: object');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pets.yaml`;
    try {
      const before = await writes();
      const document = exampleText('petstore').replace(
        '"#/components/schemas/Pets"',
        `"${url}#/Pets"`,
      );
      const answer = await importDocument(document);
      expect(answer.ok).toBe(false);
      expect(answer.error.code).toBe('INVALID_INPUT');
      expect(answer.error.details.problems).toEqual([
        {
          message: expect.stringContaining(`"${url}#/Pets"`),
          pointer: '/paths/~1pets/get/responses/200/content/application~1json/schema/$ref',
          line: 36,
        },
      ]);
      expect(fetched).toBe(0);
      expect(await writes()).toEqual(before);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('points at what breaks the OpenAPI schema, by path and line', async () => {
    const document = exampleText('petstore').replace('in: query', 'in: body');
    const answer = await importDocument(document);
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('INVALID_INPUT');
    expect(answer.error.message).toMatch(/^The document cannot be imported: .*line 20/);
    expect(answer.error.details.problems[0]).toMatchObject({
      pointer: expect.stringMatching(/^\/paths\/~1pets\/get\/parameters\/0/),
      line: 20,
    });
  });

  it('answers a YAML alias bomb with INVALID_INPUT, not a server error, and writes nothing', async () => {
    const before = await writes();
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const answer = await importDocument(`openapi: 3.0.3\n${bomb.join('\n')}\n`);
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('INVALID_INPUT');
    expect(answer.error.message).toMatch(/YAML aliases/);
    expect(await writes()).toEqual(before);
  });
});
