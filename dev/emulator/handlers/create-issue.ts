import { applyCreate, checkCreate } from '../create/validate-create';
import type { Handler } from '../http/request-context';
import { jiraError, json } from '../http/jira-response';
import { issueSelf } from '../render/render-issue';

/** `POST /rest/api/3/issue` */
export const createIssue: Handler = (ctx) => {
  const check = checkCreate(ctx.store, ctx.account.accountId, ctx.baseUrl, ctx.body);
  if (!check.ok) return jiraError(check.status, check.errorMessages, check.errors);
  const issue = applyCreate(ctx.store, check);
  return json(201, { id: issue.id, key: issue.key, self: issueSelf(ctx.baseUrl, issue.id) });
};
