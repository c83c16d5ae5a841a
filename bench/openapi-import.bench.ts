/**
 * OpenAPI import benchmark (not a test): prints how long the import takes, as the resolver runs
 * it (parse, checks, validation with @readme/openapi-parser, mapping to services), for
 *   - Atlassian's Jira spec in vendor/ (2.4 MB, 417 paths), whole and slimmed as the browser
 *     sends it (`slimForImport`),
 *   - OpenAI's spec (test/fixtures/openapi, 2.97 MB, 3.1, heavy allOf/oneOf/anyOf) and Argo
 *     Workflows' Swagger 2.0 (823 KB, converted as it is read),
 *   - the pathological fan-out: schemas that each refer twice to the next, 25 levels (3 KB),
 *     refused by the expansion budget, and 15 levels (just within it), imported,
 * against the targets (a few seconds for the 400-path spec, under 2 s for the fan-out).
 *
 *   npx tsx bench/openapi-import.bench.ts
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { expansionCost, scopingFromOpenApi, slimForImport, stripExtensions } from '../src/domain';
import { OpenApiDocumentError } from '../src/domain/openapi/openapi-document-error';
import { readOpenApiDocument } from '../src/resolvers/openapi/read-openapi-document';
import { fanOutDocument } from '../test/support/openapi-documents';
import { fixtureText, PUBLIC_SPECS } from '../test/support/openapi-fixtures';

const RUNS = 3;

async function importOnce(text: string): Promise<string> {
  try {
    const { services } = scopingFromOpenApi(await readOpenApiDocument(text), []);
    return `${String(services.length)} services, ${String(services.reduce((n, s) => n + s.endpoints.length, 0))} endpoints`;
  } catch (error) {
    if (error instanceof OpenApiDocumentError) {
      return `refused: ${String(error.problems.length)} problem(s), first at ${error.problems[0]?.pointer ?? '?'}`;
    }
    throw error;
  }
}

/** The median of `RUNS` imports, and what the import answered. */
async function measure(text: string): Promise<{ ms: number; outcome: string }> {
  const times: number[] = [];
  let outcome = '';
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    outcome = await importOnce(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)] ?? 0, outcome };
}

async function main(): Promise<void> {
  const jira = readFileSync(
    path.join(__dirname, '..', 'vendor', 'atlassian', 'jira-platform-openapi.json'),
    'utf8',
  );
  const slim = JSON.stringify(
    slimForImport(stripExtensions(JSON.parse(jira)) as Record<string, unknown>),
  );
  const cases = [
    { name: 'Jira spec, whole', text: jira, targetMs: 5000 },
    { name: 'Jira spec, slimmed (as the browser sends it)', text: slim, targetMs: 5000 },
    { name: 'OpenAI spec (3.1, 2.97 MB)', text: fixtureText(PUBLIC_SPECS.openai), targetMs: 5000 },
    { name: 'Argo Workflows (Swagger 2.0)', text: fixtureText(PUBLIC_SPECS.argo), targetMs: 5000 },
    { name: 'fan-out, 25 levels', text: stringify(fanOutDocument(25)), targetMs: 2000 },
    {
      name: 'fan-out, 15 levels (within the budget)',
      text: stringify(fanOutDocument(15)),
      targetMs: 2000,
    },
  ];
  console.log(
    `OpenAPI import benchmark — median of ${String(RUNS)} runs, node ${process.version}\n`,
  );
  for (const { name, text, targetMs } of cases) {
    const { ms, outcome } = await measure(text);
    const expanded = expansionCost(parse(text)).nodes;
    console.log(
      `${name.padEnd(46)} ${(text.length / 1024).toFixed(0).padStart(5)} KiB  expands to ${expanded.toExponential(1).padStart(7)} nodes  ${ms.toFixed(0).padStart(5)} ms  (target < ${String(targetMs)} ms: ${ms < targetMs ? 'met' : 'MISSED'})  ${outcome}`,
    );
  }
}

void main();
