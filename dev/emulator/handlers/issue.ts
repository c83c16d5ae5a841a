/** `GET`, `PUT` (Edit issue) and `DELETE /rest/api/3/issue/{issueIdOrKey}`. */
import type { Handler } from '../http/request-context';
import { empty, jiraError, json } from '../http/jira-response';
import { checkDescription, checkLabels, checkSummary, type Errors } from '../create/field-values';
import { isObject } from '../create/values';
import type { IssueEdit } from '../jira-store';
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

/** The fields an edit may set here: the ones people change on the issues the app reads. */
const EDITABLE = new Set(['summary', 'description', 'labels']);

/**
 * "Edit issue": `fields` sets values, `update.labels` adds or sets labels; 204 with no body.
 * Needs Edit issues. Every change marks the issue `updated` (the field JQL compares).
 */
export const editIssue: Handler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params.issueIdOrKey ?? '');
  if (!issue) return jiraError(404, [MSG.issueNotFound]);
  if (!can(ctx, issue.projectId, 'EDIT_ISSUES')) return jiraError(403, [MSG.noEditPermission]);
  const body = isObject(ctx.body) ? ctx.body : {};
  const fields = isObject(body.fields) ? body.fields : {};
  const update = isObject(body.update) ? body.update : {};
  const errors: Errors = {};
  for (const field of new Set([...Object.keys(fields), ...Object.keys(update)]))
    if (!EDITABLE.has(field)) errors[field] = MSG.notOnScreen(field);
  const changes: IssueEdit = {};
  if ('summary' in fields) {
    changes.summary = checkSummary(fields.summary, errors);
    if (changes.summary === '') errors.summary = MSG.summaryRequired;
  }
  if ('description' in fields) changes.description = checkDescription(fields.description, errors);
  if ('labels' in fields || 'labels' in update)
    changes.labels = checkLabels(fields.labels, update.labels, errors);
  if (Object.keys(errors).length > 0) return jiraError(400, [], errors);
  ctx.store.editIssue(issue, changes);
  return empty(204);
};
