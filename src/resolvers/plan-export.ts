import type Resolver from '@forge/resolver';
import {
  exportTooLarge,
  PLAN_EXPORT_MAX_BYTES,
  planToCsv,
  planToJson,
  planToMarkdown,
  slugify,
} from '../domain';
import type { AppEnvironment } from '../app-environment';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import { requireIssue } from './invocation-context';
import { planForIssue } from './plan-for-issue';

const FORMATS = {
  markdown: {
    label: 'Markdown',
    extension: 'md',
    mediaType: 'text/markdown',
    render: planToMarkdown,
  },
  csv: { label: 'CSV', extension: 'csv', mediaType: 'text/csv', render: planToCsv },
  json: { label: 'JSON', extension: 'json', mediaType: 'application/json', render: planToJson },
} as const;

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * The exact plan `plan/preview` shows, as Markdown, a CSV for Jira's importer or JSON, so a team
 * can review the breakdown before anything is created. Writes nothing. A file over
 * `PLAN_EXPORT_MAX_BYTES` is refused, naming the formats that would fit.
 */
export function registerPlanExport(
  resolver: Resolver,
  env: AppEnvironment,
  maxBytes = PLAN_EXPORT_MAX_BYTES,
): void {
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
      env.jira('user').getCreateMetaIssueTypes(scope.projectId),
      env.drafts.getDraft(issue.id),
    ]);
    const title = stored?.draft.discovery.featureTitle ?? issue.key;
    const { extension, mediaType, render } = FORMATS[format];
    const context = { issueTypes, title };
    // What a run would create: items the team excluded are not in the file.
    const content = render(built.exclusion.plan, context);
    const tooLarge = exportTooLarge(FORMATS[format].label, byteLength(content), maxBytes, () =>
      (Object.keys(FORMATS) as (keyof typeof FORMATS)[])
        .filter((other) => other !== format)
        .map((other) => ({
          label: FORMATS[other].label,
          bytes: byteLength(FORMATS[other].render(built.exclusion.plan, context)),
        })),
    );
    if (tooLarge) {
      const { message, ...details } = tooLarge;
      throw new AppError('INVALID_INPUT', message, details);
    }
    return { fileName: `${slugify(title || issue.key)}-plan.${extension}`, mediaType, content };
  });
}
