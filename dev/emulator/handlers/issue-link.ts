/** `GET /rest/api/3/issueLinkType` and `POST /rest/api/3/issueLink`. */
import { isObject, refOf } from '../create/values';
import type { Handler } from '../http/request-context';
import { empty, jiraError, json } from '../http/jira-response';
import { MSG } from '../jira-messages';
import { can, visibleIssue } from './visible-issue';

export const getIssueLinkTypes: Handler = (ctx) =>
  json(200, {
    issueLinkTypes: ctx.store
      .linkTypes()
      .map((t) => ({ ...t, self: `${ctx.baseUrl}/rest/api/3/issueLinkType/${t.id}` })),
  });

/**
 * `{type: Blocks, inwardIssue: A, outwardIssue: B}` records "A blocks B" ("B is blocked by A"):
 * seen from B the link reads with the type's inward description and names A as its
 * `inwardIssue`, as GET issue shows it. Atlassian calls the request's `outwardIssue` (B) the
 * "from (outward) issue": the comment goes there, and *Link issues* is needed in its project
 * (Browse projects in both).
 */
export const createIssueLink: Handler = (ctx) => {
  const body = isObject(ctx.body) ? ctx.body : {};
  const typeRef = refOf(body.type, ['id', 'name']);
  const type =
    typeRef === undefined ? undefined : ctx.store.linkType({ [typeRef.by]: typeRef.value });
  if (!type) {
    return jiraError(404, [
      typeRef?.by === 'id'
        ? MSG.linkTypeIdNotFound(typeRef.value)
        : MSG.linkTypeNotFound(typeRef?.value ?? ''),
    ]);
  }
  const fromRef = refOf(body.inwardIssue, ['key', 'id']);
  const toRef = refOf(body.outwardIssue, ['key', 'id']);
  const from = fromRef === undefined ? undefined : visibleIssue(ctx, fromRef.value);
  const to = toRef === undefined ? undefined : visibleIssue(ctx, toRef.value);
  if (!from || !to) return jiraError(404, [MSG.issueNotFound]);
  if (!can(ctx, to.projectId, 'LINK_ISSUES')) return jiraError(404, [MSG.noLinkPermission]);
  if (from.id === to.id) return jiraError(400, [MSG.linkToSelf]);
  ctx.store.addLink(type.id, from.id, to.id);
  return empty(201);
};
