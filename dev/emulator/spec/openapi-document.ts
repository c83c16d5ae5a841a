/**
 * Atlassian's Jira Cloud platform OpenAPI document, vendored in `vendor/atlassian/` (see its
 * README for provenance). Read once per process: it is 2.4 MB.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export type JsonSchema = Record<string, unknown>;

interface MediaType {
  schema?: JsonSchema;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema> };
}

export const SPEC_FILE = path.join(
  __dirname,
  '../../../vendor/atlassian/jira-platform-openapi.json',
);

let loaded: OpenApiDocument | undefined;

export function openApiDocument(): OpenApiDocument {
  loaded ??= JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as OpenApiDocument;
  return loaded;
}
