import type { Handler } from '../http/request-context';
import { json } from '../http/jira-response';
import { renderMyself } from '../render/render-user';

/** `GET /rest/api/3/myself` */
export const getMyself: Handler = (ctx) =>
  json(200, renderMyself(ctx.baseUrl, ctx.account.accountId));
