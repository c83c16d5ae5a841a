/**
 * Public OpenAPI documents fetched for tests (test/fixtures/openapi/README.md says where from),
 * and the repository's own: every OpenAPI file the repository holds, as text.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { exampleText, OPENAPI_EXAMPLES } from './openapi-examples';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'openapi');
const ROOT = path.join(__dirname, '..', '..');

/** A fixture's text, gunzipped when stored gzipped. */
export function fixtureText(file: string): string {
  const bytes = readFileSync(path.join(FIXTURES, file));
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export const PUBLIC_SPECS = {
  /** OpenAPI 3.1 with webhooks (Redocly's museum example). */
  museum: 'redocly-museum.yaml',
  /** Swagger 2.0 (Argo Workflows, 823 KB). */
  argo: 'argo-workflows.swagger.json.gz',
  /** OpenAPI 3.0 with form-encoded bodies, basic auth and x- extensions (Twilio Verify). */
  twilio: 'twilio-verify-v2.yaml.gz',
  /** OpenAPI 3.1, 2.97 MB, heavy `allOf`/`oneOf`/`anyOf` (OpenAI). */
  openai: 'openai.yaml.gz',
} as const;

/** Every OpenAPI document in the repository, by a short name, read lazily. */
export const REPOSITORY_SPECS: Record<string, () => string> = {
  ...Object.fromEntries(OPENAPI_EXAMPLES.map((name) => [name, () => exampleText(name)])),
  jira: () =>
    readFileSync(path.join(ROOT, 'vendor', 'atlassian', 'jira-platform-openapi.json'), 'utf8'),
  ...Object.fromEntries(
    Object.entries(PUBLIC_SPECS).map(([name, file]) => [name, () => fixtureText(file)]),
  ),
};
