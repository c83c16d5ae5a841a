/** `GET` and `DELETE /rest/api/3/issue/{issueIdOrKey}`. */
import type { Handler } from '../http/request-context';
import { empty, jiraError, json } from '../http/jira-response';
import { MSG } from '../jira-messages';
import { renderIssue } from '../render/render-issue';
import { fieldSelection, propertySelection } from '../render/selection';
import { can, visibleIssue } from './visible-issue';

const list = (value: unknown): string[] | undefined =>
  Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string'
      ? value.split(',')
      : undefined;

export const getIssue: Handler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params.issueIdOrKey ?? '');
  if (!issue) return jiraError(404, [MSG.issueNotFound]);
  const expand = list(ctx.query.expand) ?? [];
  return json(
    200,
    renderIssue(ctx.store, ctx.baseUrl, issue, {
      fields: fieldSelection(list(ctx.query.fields), 'all'),
      properties: propertySelection(list(ctx.query.properties)),
      names: expand.includes('names'),
    }),
  );
};

export const deleteIssue: Handler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params.issueIdOrKey ?? '');
  if (!issue) return jiraError(404, [MSG.issueNotFound]);
  if (!can(ctx, issue.projectId, 'DELETE_ISSUES')) return jiraError(403, [MSG.noDeletePermission]);
  const hasSubtasks = ctx.store.children(issue.id).some((c) => ctx.store.issueTypeOf(c).subtask);
  if (hasSubtasks && ctx.query.deleteSubtasks !== 'true')
    return jiraError(400, [MSG.hasSubtasks(issue.key)]);
  ctx.store.deleteIssue(issue.id);
  return empty(204);
};
