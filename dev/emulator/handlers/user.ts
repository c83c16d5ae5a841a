import type { Handler } from '../http/request-context';
import { jiraError, json } from '../http/jira-response';
import { MSG } from '../jira-messages';
import { isKnownAccount, renderUser } from '../render/render-user';
import { SEED_USERS } from '../seed';

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

/** Jira's documented maximum: "up to the thousandth user". */
const USER_SEARCH_LIMIT = 1000;

/**
 * `GET /rest/api/3/user/search?query=…` ("Find users"): active users whose display name or email
 * starts with the query (per word, case-insensitive), paged by `startAt`/`maxResults` (default
 * 50). "Calls by users without the required permission [Browse users and groups] return empty
 * search results" — an empty list, not a 403. One of `query`, `accountId`, `property` is needed.
 */
export const searchUsers: Handler = (ctx) => {
  const query = typeof ctx.query.query === 'string' ? ctx.query.query.trim().toLowerCase() : '';
  const accountId = typeof ctx.query.accountId === 'string' ? ctx.query.accountId : '';
  if (query === '' && accountId === '') return jiraError(400, [MSG.specifyQueryOrAccountId]);
  if (!ctx.store.permissions.hasGlobal(ctx.account.accountId, 'USER_PICKER')) return json(200, []);
  const startAt = typeof ctx.query.startAt === 'number' ? Math.max(0, ctx.query.startAt) : 0;
  const maxResults =
    typeof ctx.query.maxResults === 'number' ? Math.max(0, ctx.query.maxResults) : 50;
  const matches = Object.values(SEED_USERS)
    .filter((user) =>
      accountId !== ''
        ? user.accountId === accountId
        : [...user.displayName.toLowerCase().split(/\s+/), user.email.toLowerCase()].some((word) =>
            word.startsWith(query),
          ) || user.displayName.toLowerCase().startsWith(query),
    )
    .slice(0, USER_SEARCH_LIMIT);
  return json(
    200,
    matches
      .slice(startAt, startAt + maxResults)
      .map((user) => renderUser(ctx.baseUrl, user.accountId)),
  );
};
