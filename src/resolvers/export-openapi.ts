import type Resolver from '@forge/resolver';
import { stringify } from 'yaml';
import { emptyDraft, openApiFromDraft, slugify } from '../domain';
import type { AppEnvironment } from '../app-environment';
import { defineResolver } from './define-resolver';
import { requireIssue } from './invocation-context';

/**
 * The saved draft's Scoping as an OpenAPI 3.1 skeleton (YAML or JSON), the deliverable of an
 * "OpenAPI sketch" spike. Reads like `draft/get` (anyone who sees the issue); writes nothing.
 */
export function registerExportOpenApi(resolver: Resolver, env: AppEnvironment): void {
  defineResolver(resolver, 'scoping/export-openapi', async ({ format }, scope) => {
    const issue = requireIssue(scope);
    const stored = await env.drafts.getDraft(issue.id);
    const draft = stored?.draft ?? emptyDraft();
    const document = openApiFromDraft(draft, `0.${String(stored?.version ?? 0)}.0`);
    const name = `${slugify(draft.discovery.featureTitle || issue.key)}-openapi`;
    return format === 'json'
      ? {
          fileName: `${name}.json`,
          mediaType: 'application/json',
          content: `${JSON.stringify(document, null, 2)}\n`,
        }
      : {
          fileName: `${name}.yaml`,
          mediaType: 'application/yaml',
          content: stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }),
        };
  });
}
