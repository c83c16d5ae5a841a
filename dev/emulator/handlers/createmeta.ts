/**
 * `GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes[/{issueTypeId}]`: the issue types
 * the caller can create in a project and the create-screen fields of one of them, paged.
 */
import { createScreen, type ScreenField } from '../create-screen';
import type { Handler, RequestContext } from '../http/request-context';
import { jiraError, json } from '../http/jira-response';
import { MSG } from '../jira-messages';
import type { ProjectConfig } from '../model';
import { renderComponent, renderIssueType, renderProjectRef } from '../render/render-project';
import { can } from './visible-issue';

function page<T>(
  ctx: RequestContext,
  items: T[],
): { startAt: number; maxResults: number; total: number; items: T[] } {
  const startAt = typeof ctx.query.startAt === 'number' ? Math.max(0, ctx.query.startAt) : 0;
  const maxResults =
    typeof ctx.query.maxResults === 'number' ? Math.max(0, ctx.query.maxResults) : 50;
  return {
    startAt,
    maxResults,
    total: items.length,
    items: items.slice(startAt, startAt + maxResults),
  };
}

function browsableProject(ctx: RequestContext): ProjectConfig | undefined {
  const project = ctx.store.project(ctx.params.projectIdOrKey ?? '');
  return project && can(ctx, project.id, 'BROWSE_PROJECTS') ? project : undefined;
}

export const getCreateMetaIssueTypes: Handler = (ctx) => {
  const project = browsableProject(ctx);
  if (!project) return jiraError(404, [MSG.projectNotFound(ctx.params.projectIdOrKey ?? '')]);
  // Jira lists only the types the caller can create: none without Create issues.
  const types = can(ctx, project.id, 'CREATE_ISSUES') ? project.issueTypes : [];
  const { items, ...paging } = page(
    ctx,
    types.map((t) => renderIssueType(ctx.baseUrl, project, t)),
  );
  return json(200, { ...paging, issueTypes: items });
};

function renderField(
  ctx: RequestContext,
  project: ProjectConfig,
  field: ScreenField,
  typeView: unknown,
) {
  const allowedValues =
    field.fieldId === 'project'
      ? [renderProjectRef(ctx.baseUrl, project)]
      : field.fieldId === 'issuetype'
        ? [typeView]
        : field.fieldId === 'components'
          ? project.components.map((c) => renderComponent(ctx.baseUrl, c))
          : field.allowedValues;
  return {
    required: field.required,
    schema: field.schema,
    name: field.name,
    key: field.fieldId,
    fieldId: field.fieldId,
    hasDefaultValue: false,
    operations: field.operations,
    ...(field.autoCompleteUrl !== undefined
      ? { autoCompleteUrl: `${ctx.baseUrl}${field.autoCompleteUrl}` }
      : {}),
    ...(allowedValues !== undefined ? { allowedValues } : {}),
  };
}

export const getCreateMetaFields: Handler = (ctx) => {
  const project = browsableProject(ctx);
  if (!project) return jiraError(404, [MSG.projectNotFound(ctx.params.projectIdOrKey ?? '')]);
  const type = project.issueTypes.find((t) => t.id === ctx.params.issueTypeId);
  if (!type || !can(ctx, project.id, 'CREATE_ISSUES')) {
    return jiraError(404, [MSG.issueTypeNotCreatable(ctx.params.issueTypeId ?? '')]);
  }
  const typeView = renderIssueType(ctx.baseUrl, project, type);
  const screen = createScreen(project, type, ctx.store.requiredChanges(project.id, type.id));
  const { items, ...paging } = page(
    ctx,
    screen.map((f) => renderField(ctx, project, f, typeView)),
  );
  return json(200, { ...paging, fields: items });
};
