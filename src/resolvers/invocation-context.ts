import { z } from 'zod';
import { AppError } from './app-error';

/**
 * The part of Forge's invocation context the resolvers trust. Identity and scope come from here,
 * never from a payload.
 */
const forgeContextSchema = z.object({
  accountId: z.string().min(1),
  moduleKey: z.string().optional(),
  extension: z.object({
    type: z.enum([
      'jira:issuePanel',
      'jira:issueAction',
      'jira:projectSettingsPage',
      'jira:adminPage',
    ]),
    /** Absent on the admin page, which belongs to the site rather than to a project. */
    project: z.object({ id: z.coerce.string(), key: z.string() }).optional(),
    issue: z
      .object({ id: z.coerce.string(), key: z.string(), type: z.string().optional() })
      .optional(),
  }),
});

export interface InvocationScope {
  accountId: string;
  moduleType: 'jira:issuePanel' | 'jira:issueAction' | 'jira:projectSettingsPage';
  projectId: string;
  projectKey: string;
  issue: { id: string; key: string } | null;
}

/** Who called from where, when the module may be the site's admin page (no project). */
export type CallerScope =
  | { kind: 'project'; accountId: string; scope: InvocationScope }
  | { kind: 'site'; accountId: string };

export function callerFromContext(context: unknown): CallerScope {
  const parsed = forgeContextSchema.safeParse(context);
  if (parsed.success && parsed.data.extension.type === 'jira:adminPage') {
    return { kind: 'site', accountId: parsed.data.accountId };
  }
  return {
    kind: 'project',
    accountId: scopeFromContext(context).accountId,
    scope: scopeFromContext(context),
  };
}

export function scopeFromContext(context: unknown): InvocationScope {
  const parsed = forgeContextSchema.safeParse(context);
  const extension = parsed.data?.extension;
  if (!parsed.success || !extension?.project || extension.type === 'jira:adminPage') {
    throw new AppError(
      'UNSUPPORTED_CONTEXT',
      'Backend Breakdown must be opened from a Jira issue, an epic or project settings.',
    );
  }
  return {
    accountId: parsed.data.accountId,
    moduleType: extension.type,
    projectId: extension.project.id,
    projectKey: extension.project.key,
    issue: extension.issue ? { id: extension.issue.id, key: extension.issue.key } : null,
  };
}

export function requireIssue(scope: InvocationScope): { id: string; key: string } {
  if (!scope.issue) throw new AppError('UNSUPPORTED_CONTEXT', 'This action needs an issue.');
  return scope.issue;
}
