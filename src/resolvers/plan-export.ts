import type Resolver from '@forge/resolver';
import { planToCsv, planToJson, planToMarkdown, slugify } from '../domain';
import { jiraClientFor, type RunEnvironment } from '../run/run-environment';
import { getDraft } from '../storage/draft-store';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import { requireIssue } from './invocation-context';
import { planForIssue } from './plan-for-issue';

const FORMATS = {
  markdown: { extension: 'md', mediaType: 'text/markdown', render: planToMarkdown },
  csv: { extension: 'csv', mediaType: 'text/csv', render: planToCsv },
  json: { extension: 'json', mediaType: 'application/json', render: planToJson },
} as const;

/**
 * The exact plan `plan/preview` shows, as Markdown, a CSV for Jira's importer or JSON, so a team
 * can review the breakdown before anything is created. Writes nothing.
 */
export function registerPlanExport(resolver: Resolver, env: RunEnvironment): void {
  defineResolver(resolver, 'plan/export', async ({ format, ...options }, scope) => {
    const issue = requireIssue(scope);
    const built = await planForIssue(env, scope, options);
    if (!built.ok) {
      throw new AppError('NOT_READY', built.error.message, {
        problem: built.error,
        findings: built.findings,
      });
    }
    const [issueTypes, stored] = await Promise.all([
      jiraClientFor(env, 'user').getCreateMetaIssueTypes(scope.projectId),
      getDraft(issue.id),
    ]);
    const title = stored?.draft.discovery.featureTitle ?? issue.key;
    const { extension, mediaType, render } = FORMATS[format];
    return {
      fileName: `${slugify(title || issue.key)}-plan.${extension}`,
      mediaType,
      // What a run would create: items the team excluded are not in the file.
      content: render(built.exclusion.plan, { issueTypes, title }),
    };
  });
}
