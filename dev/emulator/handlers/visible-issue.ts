import type { StoredIssue } from '../model';
import type { RequestContext } from '../http/request-context';

/** The issue if it exists and the caller may browse its project; Jira treats both alike (404). */
export function visibleIssue(ctx: RequestContext, idOrKey: string): StoredIssue | undefined {
  const issue = ctx.store.issue(idOrKey);
  if (
    !issue ||
    !ctx.store.permissions.has(ctx.account.accountId, issue.projectId, 'BROWSE_PROJECTS')
  )
    return undefined;
  return issue;
}

export function can(ctx: RequestContext, projectId: string, permission: string): boolean {
  return ctx.store.permissions.has(ctx.account.accountId, projectId, permission);
}
