/**
 * The vendored OpenAPI examples (OAI's own), parsed as the resolver parses them (extensions
 * dropped, references left in place), so domain tests see documents exactly as
 * `scopingFromOpenApi` receives them.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { stripExtensions, type OpenApiDocument } from '../../src/domain';

export const OPENAPI_EXAMPLES = [
  'petstore',
  'link-example',
  'api-with-examples',
  'callback-example',
  'webhook-example',
] as const;
export type OpenApiExample = (typeof OPENAPI_EXAMPLES)[number];

const EXAMPLES_DIR = path.join(__dirname, '..', '..', 'vendor', 'openapi-examples');

/** The example's text, as a user would paste it. */
export function exampleText(name: OpenApiExample): string {
  return readFileSync(path.join(EXAMPLES_DIR, `${name}.yaml`), 'utf8');
}

/** The example parsed but not dereferenced, for tests that change it first. */
export function rawExample(name: OpenApiExample): Record<string, any> {
  return parse(exampleText(name)) as Record<string, any>;
}

/** A parsed document (an example or one a test wrote) as the resolver hands it to the domain. */
export function asRead(raw: object): OpenApiDocument {
  return stripExtensions(structuredClone(raw)) as OpenApiDocument;
}
