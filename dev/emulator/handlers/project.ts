import type { Handler } from '../http/request-context';
import { jiraError, json } from '../http/jira-response';
import { MSG } from '../jira-messages';
import { renderProject } from '../render/render-project';
import { can } from './visible-issue';

/** `GET /rest/api/3/project/{projectIdOrKey}`: 404 also when the caller may not browse it. */
export const getProject: Handler = (ctx) => {
  const ref = ctx.params.projectIdOrKey ?? '';
  const project = ctx.store.project(ref);
  if (!project || !can(ctx, project.id, 'BROWSE_PROJECTS'))
    return jiraError(404, [MSG.projectNotFound(ref)]);
  return json(200, renderProject(ctx.baseUrl, project));
};
