import {
  fieldDefaultProblems,
  resolveIssueTypes,
  type CreateScreens,
  type IssueRole,
  type Template,
  type TemplateProblem,
} from '../domain';
import type { AppEnvironment } from '../app-environment';
import { getCreateMetaIssueTypes } from '../jira/operations/get-create-meta-issue-types';
import { getCreateMetaFields } from '../jira/operations/get-create-meta-fields';

const ROLES: readonly IssueRole[] = ['epic', 'standard', 'subtask'];

const hasDefaults = (fields: Template['epic']['fields']) =>
  fields.priority !== undefined ||
  fields.assignee !== undefined ||
  fields.components !== undefined ||
  fields.custom.length > 0;

/** The roles whose items set field defaults (or get the template's components), so only their create screens are read. */
function rolesWithDefaults(template: Template): Set<IssueRole> {
  const roles = new Set<IssueRole>();
  if (template.components.length > 0) roles.add('standard');
  if (hasDefaults(template.epic.fields)) roles.add('epic');
  if (hasDefaults(template.service.fields)) roles.add('standard');
  template.serviceItems.forEach((item) => hasDefaults(item.fields) && roles.add(item.role));
  template.extras.forEach((item) => hasDefaults(item.fields) && roles.add('standard'));
  return roles;
}

/**
 * What a project template asks that the project cannot give: an issue type it names that the
 * project lacks (or at another level), and field defaults its create screens do not take.
 */
export async function projectProblems(
  env: Pick<AppEnvironment, 'jira'>,
  projectId: string,
  template: Template,
): Promise<TemplateProblem[]> {
  const jira = env.jira('user').requester;
  const types = await getCreateMetaIssueTypes(jira, projectId);
  const problems: TemplateProblem[] = [];
  const typeIds: Partial<Record<IssueRole, string>> = {};
  for (const role of ROLES) {
    const resolved = resolveIssueTypes(types, template.issueTypeIds, [role]);
    if (resolved.ok) {
      const id = resolved.typeIds[role];
      if (id !== undefined) typeIds[role] = id;
    } else if (template.issueTypeIds[role] !== undefined) {
      problems.push({ path: `issueTypeIds.${role}`, message: resolved.error.message });
    }
  }
  const screens: CreateScreens = {};
  for (const role of rolesWithDefaults(template)) {
    const typeId = typeIds[role];
    if (typeId === undefined) continue;
    screens[role] = (await getCreateMetaFields(jira, projectId, typeId)).map((field) => ({
      fieldId: field.fieldId,
      name: field.name,
      ...(field.type === undefined ? {} : { type: field.type }),
      ...(field.allowedIds === undefined ? {} : { allowedIds: field.allowedIds }),
    }));
  }
  return [...problems, ...fieldDefaultProblems(template, screens)];
}
