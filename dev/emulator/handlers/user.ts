import type { Handler } from '../http/request-context';
import { jiraError, json } from '../http/jira-response';
import { MSG } from '../jira-messages';
import { isKnownAccount, renderUser } from '../render/render-user';

/**
 * `GET /rest/api/3/user?accountId=…` ("Get user"): needs the caller's *Browse users and groups*
 * global permission (403 without it), 404 for an account Jira does not know.
 */
export const getUser: Handler = (ctx) => {
  if (!ctx.store.permissions.hasGlobal(ctx.account.accountId, 'USER_PICKER'))
    return jiraError(403, [MSG.noBrowseUsers]);
  const accountId = typeof ctx.query.accountId === 'string' ? ctx.query.accountId : '';
  if (accountId === '') return jiraError(400, [MSG.specifyAccountId]);
  if (!isKnownAccount(accountId)) return jiraError(404, [MSG.userNotFound(accountId)]);
  return json(200, renderUser(ctx.baseUrl, accountId));
};
