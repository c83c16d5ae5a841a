/**
 * Jira's hierarchy on create: a sub-task's parent is a standard issue of the same project; a
 * standard issue's parent is an epic; an epic has no parent field at all.
 */
import type { JiraStore } from '../jira-store';
import { MSG } from '../jira-messages';
import type { IssueTypeConfig, ProjectConfig } from '../model';
import type { Errors } from './field-values';
import { refOf } from './values';

export function checkParent(
  store: JiraStore,
  accountId: string,
  project: ProjectConfig,
  type: IssueTypeConfig,
  value: unknown,
  errors: Errors,
): string | null {
  if (value === undefined || value === null) return null;
  const ref = refOf(value, ['key', 'id']);
  const parent = ref === undefined ? undefined : store.issue(ref.value);
  if (!parent || !store.permissions.has(accountId, parent.projectId, 'BROWSE_PROJECTS')) {
    errors.parent = MSG.parentNotFound;
    return null;
  }
  const parentLevel = store.issueTypeOf(parent).hierarchyLevel;
  if (type.subtask && parent.projectId !== project.id) {
    errors.project = MSG.subtaskOtherProject;
    return null;
  }
  if (parentLevel !== type.hierarchyLevel + 1) {
    errors.parentId = MSG.wrongHierarchy;
    return null;
  }
  return parent.id;
}
