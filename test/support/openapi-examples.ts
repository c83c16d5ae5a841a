/**
 * The vendored OpenAPI examples (OAI's own), parsed and dereferenced with the parser the resolver
 * uses, so domain tests see documents exactly as `scopingFromOpenApi` receives them.
 */
import { dereference } from '@readme/openapi-parser';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { nameComponentSchemas, type OpenApiDocument } from '../../src/domain';

export const OPENAPI_EXAMPLES = ['petstore', 'link-example', 'api-with-examples'] as const;
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

/** A parsed document (an example or one a test wrote) dereferenced as the resolver does. */
export async function dereferenced(raw: object): Promise<OpenApiDocument> {
  const named = nameComponentSchemas(structuredClone(raw)) as Parameters<typeof dereference>[0];
  return (await dereference(named)) as unknown as OpenApiDocument;
}
