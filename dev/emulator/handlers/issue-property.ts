/** `GET` and `PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}`. */
import { propertyProblem } from '../create/entity-properties';
import type { Handler } from '../http/request-context';
import { empty, jiraError, json } from '../http/jira-response';
import { MSG } from '../jira-messages';
import { can, visibleIssue } from './visible-issue';

export const getIssueProperty: Handler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params.issueIdOrKey ?? '');
  if (!issue) return jiraError(404, [MSG.issueNotFound]);
  const key = ctx.params.propertyKey ?? '';
  if (!issue.properties.has(key)) return jiraError(404, [MSG.propertyNotFound(key)]);
  return json(200, { key, value: issue.properties.get(key) });
};

/** 201 when the property is new, 200 when it replaced a value; needs Edit issues. */
export const putIssueProperty: Handler = (ctx) => {
  const issue = visibleIssue(ctx, ctx.params.issueIdOrKey ?? '');
  if (!issue) return jiraError(404, [MSG.issueNotFound]);
  if (!can(ctx, issue.projectId, 'EDIT_ISSUES')) return jiraError(403, [MSG.noEditPermission]);
  const key = ctx.params.propertyKey ?? '';
  const problem = propertyProblem(key, ctx.body);
  if (problem !== undefined) return jiraError(400, [problem]);
  return empty(ctx.store.setProperty(issue, key, ctx.body) ? 201 : 200);
};
