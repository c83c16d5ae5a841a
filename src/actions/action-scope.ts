/**
 * Who an action acts for and on what, proven rather than taken from the payload: the user is the
 * one Forge names in the invocation context (Automation runs the action as the rule's actor, Rovo
 * as the person chatting), and the issue, its id and its project are what Jira answers that user
 * for the key, so someone who cannot see the issue gets "not found" and nothing else happens.
 */
import { z } from 'zod';
import { JiraHttpError } from '../jira/jira-errors';
import { AppError } from '../resolvers/app-error';
import type { InvocationScope } from '../resolvers/invocation-context';
import type { AppEnvironment } from '../app-environment';

/** The part of a Forge function's second argument an action uses (function-reference/arguments). */
const functionContextSchema = z.object({
  principal: z.object({ accountId: z.string().min(1) }),
});

export function callerOf(context: unknown): string {
  const parsed = functionContextSchema.safeParse(context);
  if (!parsed.success) {
    throw new AppError(
      'UNSUPPORTED_CONTEXT',
      'This action must run as a person: Forge gave no user to act for.',
    );
  }
  return parsed.data.principal.accountId;
}

export interface ActionTarget {
  scope: InvocationScope;
  summary: string;
  /** Jira's hierarchy level of the issue's type: 1 for an epic. */
  hierarchyLevel: number;
  /** The issue in Jira's own UI, for answers that say where to follow a run. */
  browseUrl: string | null;
}

const issueReadSchema = z.object({
  id: z.coerce.string(),
  key: z.string(),
  self: z.string().optional(),
  fields: z.object({
    summary: z.string().optional(),
    project: z.object({ id: z.coerce.string(), key: z.string() }),
    issuetype: z.object({ hierarchyLevel: z.number().optional() }).optional(),
  }),
});

/** `https://site/rest/api/3/issue/10001` → `https://site/browse/PAY-1`. */
function browseUrlOf(self: string | undefined, key: string): string | null {
  const base = self?.replace(/\/rest\/api\/.*$/, '');
  return base && base !== self ? `${base}/browse/${key}` : null;
}

/**
 * Reads the issue as the user and builds the scope the panel's and the epic action's engine
 * functions take, as if that module had been opened on the issue: the epic action
 * (`jira:issueAction`) for sub-tasks over an epic's children, the panel for a breakdown.
 */
export async function actionTarget(
  env: AppEnvironment,
  accountId: string,
  issueKeyOrId: string | undefined,
  moduleType: InvocationScope['moduleType'],
): Promise<ActionTarget> {
  if (!issueKeyOrId) {
    throw new AppError(
      'INVALID_INPUT',
      'Say which issue: give its key (in a rule, {{issue.key}}), or open the chat on the issue.',
    );
  }
  let read;
  try {
    read = await env.jira('user').getIssue(issueKeyOrId, {
      fields: ['summary', 'project', 'issuetype'],
    });
  } catch (error) {
    if (error instanceof JiraHttpError && (error.status === 404 || error.status === 403)) {
      throw new AppError(
        'NOT_FOUND',
        `${issueKeyOrId} does not exist, or you do not have permission to see it.`,
      );
    }
    throw error;
  }
  const issue = issueReadSchema.parse(read);
  return {
    scope: {
      accountId,
      moduleType,
      projectId: issue.fields.project.id,
      projectKey: issue.fields.project.key,
      issue: { id: issue.id, key: issue.key },
    },
    summary: issue.fields.summary ?? '',
    hierarchyLevel: issue.fields.issuetype?.hierarchyLevel ?? 0,
    browseUrl: browseUrlOf(issue.self, issue.key),
  };
}
