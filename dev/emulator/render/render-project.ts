/** Projects and issue types as Jira's REST API shows them. */
import type { IssueTypeConfig, ProjectConfig } from '../model';
import { avatarUrls, renderUser } from './render-user';

/** `IssueTypeDetails` (also the shape of createmeta's issue types). */
export function renderIssueType(
  baseUrl: string,
  project: ProjectConfig,
  type: IssueTypeConfig,
): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: `${baseUrl}/images/icons/issuetypes/${type.icon}`,
    name: type.name,
    subtask: type.subtask,
    hierarchyLevel: type.hierarchyLevel,
    // Team-managed projects own their issue types; company-managed types are shared site-wide.
    ...(project.simplified ? { scope: { type: 'PROJECT', project: { id: project.id } } } : {}),
  };
}

/** The short project reference used inside issues (`fields.project`). */
export function renderProjectRef(baseUrl: string, project: ProjectConfig): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: project.simplified,
    avatarUrls: avatarUrls(baseUrl, `project-${project.key}`),
  };
}

export function renderComponent(baseUrl: string, component: { id: string; name: string }) {
  return {
    self: `${baseUrl}/rest/api/3/component/${component.id}`,
    id: component.id,
    name: component.name,
  };
}

/** `GET /project/{projectIdOrKey}` (`Project`). */
export function renderProject(baseUrl: string, project: ProjectConfig): Record<string, unknown> {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    description: '',
    lead: renderUser(baseUrl, project.leadAccountId),
    components: project.components.map((c) => ({
      ...renderComponent(baseUrl, c),
      project: project.key,
      projectId: Number(project.id),
    })),
    issueTypes: project.issueTypes.map((t) => renderIssueType(baseUrl, project, t)),
    assigneeType: 'UNASSIGNED',
    versions: [],
    roles: {},
    avatarUrls: avatarUrls(baseUrl, `project-${project.key}`),
    projectTypeKey: 'software',
    simplified: project.simplified,
    style: project.simplified ? 'next-gen' : 'classic',
    isPrivate: false,
    properties: {},
    ...(project.entityId !== undefined ? { uuid: project.entityId } : {}),
  };
}
