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
    type: z.enum(['jira:issuePanel', 'jira:issueAction', 'jira:projectSettingsPage']),
    project: z.object({ id: z.coerce.string(), key: z.string() }),
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

export function scopeFromContext(context: unknown): InvocationScope {
  const parsed = forgeContextSchema.safeParse(context);
  if (!parsed.success) {
    throw new AppError(
      'UNSUPPORTED_CONTEXT',
      'Backend Breakdown must be opened from a Jira issue, an epic or project settings.',
    );
  }
  const { accountId, extension } = parsed.data;
  return {
    accountId,
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
