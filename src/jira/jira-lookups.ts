/** Read-only questions the resolvers ask Jira as the current user. */
import type { IssueTypeInfo } from '../domain/plan';
import { createJiraClient, type JiraClient } from './jira-client';
import { executorConfig } from './run-config';
import { findPlanIssues, type ExistingPlanIssue } from './reconcile';

function userClient(): JiraClient {
  const config = executorConfig();
  return createJiraClient({
    ...config.request,
    now: config.request.now ?? config.now,
    transport: config.transport('user'),
  });
}

/** The issue types the current user can create in the project, with their hierarchy levels. */
export async function fetchIssueTypes(projectId: string): Promise<IssueTypeInfo[]> {
  return userClient().getCreateMetaIssueTypes(projectId);
}

/**
 * Which of `permissions` (Jira permission keys such as `CREATE_ISSUES`, `ADMINISTER_PROJECTS`)
 * the current user holds in the project — or, with `accountId`, that user, asked as the app.
 */
export async function checkPermissions(args: {
  projectId: string;
  permissions: readonly string[];
  accountId?: string;
}): Promise<Record<string, boolean>> {
  if (args.accountId === undefined)
    return userClient().getMyPermissions(args.projectId, args.permissions);
  const config = executorConfig();
  const app = createJiraClient({
    ...config.request,
    now: config.request.now ?? config.now,
    transport: config.transport('app'),
  });
  return app.checkPermissions({
    accountId: args.accountId,
    projectId: args.projectId,
    permissions: args.permissions,
  });
}

/** The issues of a plan that exist in Jira (any run), for comparing a plan with what is there. */
export async function findExistingPlanItems(planId: string): Promise<ExistingPlanIssue[]> {
  return [...(await findPlanIssues(userClient(), planId)).values()];
}
