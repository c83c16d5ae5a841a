import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import {
  expansionCost,
  scopingFromOpenApi,
  slimForImport,
  stripExtensions,
  OPENAPI_METHODS,
} from '../../../src/domain';
import { readOpenApiDocument } from '../../../src/resolvers/openapi/read-openapi-document';
import { fanOutDocument } from '../../support/openapi-documents';
import { exampleText, OPENAPI_EXAMPLES } from '../../support/openapi-examples';

const JIRA_SPEC = path.join(
  __dirname,
  '..',
  '..',
  '..',
  'vendor',
  'atlassian',
  'jira-platform-openapi.json',
);

// Reading the 2.4 MB spec twice takes seconds on a busy machine: a generous bound keeps speed
// out of the outcome.
jest.setTimeout(120_000);

/** What the import makes of a document's text. */
async function imported(text: string) {
  return scopingFromOpenApi(await readOpenApiDocument(text), []);
}

describe('slimForImport (what the browser sends instead of a document too large to send)', () => {
  it('imports Atlassian’s Jira spec (2.4 MB, 417 paths) exactly as the whole document does, in under a third of its size', async () => {
    const text = readFileSync(JIRA_SPEC, 'utf8');
    const whole = JSON.parse(text) as Record<string, any>;
    expect(Object.keys(whole.paths)).toHaveLength(417);
    const slim = JSON.stringify(slimForImport(stripExtensions(whole) as Record<string, unknown>));
    expect(slim.length).toBeLessThan(text.length / 3);
    const fromSlim = await imported(slim);
    expect(fromSlim).toEqual(await imported(text));
    // 100 tags: every one offered with its operation count, the first 25 read.
    expect(fromSlim.groups).toHaveLength(100);
    expect(fromSlim.groups.reduce((sum, g) => sum + g.operations, 0)).toBeGreaterThan(417);
    expect(fromSlim.warnings[0]).toMatch(
      /^The document has 100 services and a draft holds at most 25: the first 25 were read, and 75 were not/,
    );
    // Fewer fit a stored draft than are read: each keeps its contract (parameters, responses,
    // security) for the export, and Jira's services are large; the rest are named in a warning.
    expect(fromSlim.services.length).toBeGreaterThan(15);
    expect(fromSlim.warnings).toContainEqual(
      expect.stringMatching(/^The draft would be too large to store with every service/),
    );
    expect(fromSlim.services.every((s) => s.endpoints.length > 0)).toBe(true);
  });

  it.each(OPENAPI_EXAMPLES)('imports %s exactly as the whole document does', async (name) => {
    const text = exampleText(name);
    const slim = JSON.stringify(slimForImport(stripExtensions(readYaml(text)) as never));
    expect(await imported(slim)).toEqual(await imported(text));
  });

  it('keeps every operation at its place, so a problem’s JSON pointer means the same', () => {
    const whole = JSON.parse(readFileSync(JIRA_SPEC, 'utf8')) as Record<string, any>;
    const slim = slimForImport(whole) as Record<string, any>;
    for (const [route, item] of Object.entries(whole.paths as Record<string, any>)) {
      const methods = Object.keys(item).filter((k) =>
        (OPENAPI_METHODS as readonly string[]).includes(k),
      );
      expect(
        Object.keys(slim.paths[route])
          .filter((k) => methods.includes(k))
          .sort(),
      ).toEqual(methods.sort());
    }
  });

  it('leaves schemas their names but not the properties through which references fan out', () => {
    const slim = slimForImport(fanOutDocument(25, 'properties'));
    expect(expansionCost(slim).nodes).toBeLessThan(1000);
    expect(stringify(slim)).toContain('Level0');
  });
});

function readYaml(text: string): Record<string, unknown> {
  return parse(text) as Record<string, unknown>;
}
