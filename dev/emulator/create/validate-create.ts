/**
 * One issue create request (`IssueUpdateDetails`) checked the way Jira checks it, shared by
 * `POST /issue` and each element of `POST /issue/bulk`.
 */
import { createScreen } from '../create-screen';
import type { JiraStore, NewIssue } from '../jira-store';
import { MSG } from '../jira-messages';
import type { StoredIssue } from '../model';
import { checkCreateLinks, type PendingLink } from './create-links';
import { checkCreateProperties } from './entity-properties';
import {
  checkComponents,
  checkCustomField,
  checkDescription,
  checkLabels,
  checkSummary,
  type Errors,
} from './field-values';
import { checkParent } from './parent-rule';
import { isFilled, isObject, refOf } from './values';

export type CreateCheck =
  | { ok: true; issue: NewIssue; links: PendingLink[] }
  | { ok: false; status: number; errorMessages: string[]; errors: Errors };

/** Update operations the emulator applies on create; others on a screen field are refused. */
const UPDATE_FIELDS = new Set(['issuelinks', 'labels']);

const refused = (status: number, errors: Errors, errorMessages: string[] = []): CreateCheck => ({
  ok: false,
  status,
  errorMessages,
  errors,
});

export function checkCreate(
  store: JiraStore,
  accountId: string,
  baseUrl: string,
  request: unknown,
): CreateCheck {
  const details = isObject(request) ? request : {};
  const fields = isObject(details.fields) ? details.fields : {};
  const update = isObject(details.update) ? details.update : {};

  const projectRef = refOf(fields.project, ['id', 'key']);
  const project = projectRef === undefined ? undefined : store.project(projectRef.value);
  if (!project || !store.permissions.has(accountId, project.id, 'BROWSE_PROJECTS')) {
    return refused(400, { project: MSG.specifyProject });
  }
  if (!store.permissions.has(accountId, project.id, 'CREATE_ISSUES')) {
    return refused(403, {}, [MSG.noCreatePermission]);
  }
  const typeRef = refOf(fields.issuetype, ['id', 'name']);
  if (typeRef === undefined) return refused(400, { issuetype: MSG.specifyIssueType });
  const type = project.issueTypes.find((t) =>
    typeRef.by === 'id'
      ? t.id === typeRef.value
      : t.name.toLowerCase() === typeRef.value.toLowerCase(),
  );
  if (!type) return refused(400, { issuetype: MSG.invalidIssueType });

  const errors: Errors = {};
  const errorMessages: string[] = [];
  const screen = createScreen(project, type, store.requiredChanges(project.id, type.id));
  const onScreen = new Set(screen.map((f) => f.fieldId));
  for (const fieldId of [...Object.keys(fields), ...Object.keys(update)]) {
    if (!onScreen.has(fieldId)) errors[fieldId] = MSG.notOnScreen(fieldId);
    else if (fieldId in update && !UPDATE_FIELDS.has(fieldId))
      errors[fieldId] = MSG.updateOnCreate(fieldId);
  }
  for (const field of screen) {
    if (!field.required || isFilled(fields[field.fieldId]) || isFilled(update[field.fieldId]))
      continue;
    if (field.fieldId === 'summary') errors.summary = MSG.summaryRequired;
    else if (field.fieldId === 'parent') errors.parent = MSG.subtaskNeedsParent;
    else errors[field.fieldId] ??= MSG.fieldRequired(field.name);
  }

  const summary = checkSummary(fields.summary, errors);
  const description = checkDescription(fields.description, errors);
  const labels = onScreen.has('labels') ? checkLabels(fields.labels, update.labels, errors) : [];
  const componentIds = onScreen.has('components')
    ? checkComponents(fields.components, project.components, errors)
    : [];
  const parentId = onScreen.has('parent')
    ? checkParent(store, accountId, project, type, fields.parent, errors)
    : null;
  const customFields: Record<string, unknown> = {};
  for (const field of screen) {
    const value = fields[field.fieldId];
    if (!field.fieldId.startsWith('customfield_') || value === undefined || value === null)
      continue;
    customFields[field.fieldId] = checkCustomField(field, value, baseUrl, errors);
  }
  const links = onScreen.has('issuelinks')
    ? checkCreateLinks(store, accountId, project.id, update.issuelinks, errors)
    : [];
  const properties = checkCreateProperties(details.properties, errorMessages);

  if (Object.keys(errors).length > 0 || errorMessages.length > 0)
    return refused(400, errors, errorMessages);
  return {
    ok: true,
    links,
    issue: {
      projectId: project.id,
      issueTypeId: type.id,
      summary,
      description,
      labels,
      componentIds,
      parentId,
      customFields,
      properties,
      creatorAccountId: accountId,
    },
  };
}

/** Creates a checked issue with its links in one step, as Jira does within one request. */
export function applyCreate(
  store: JiraStore,
  check: Extract<CreateCheck, { ok: true }>,
): StoredIssue {
  const issue = store.createIssue(check.issue);
  for (const link of check.links) {
    if (link.direction === 'outward') store.addLink(link.typeId, issue.id, link.otherId);
    else store.addLink(link.typeId, link.otherId, issue.id);
  }
  return issue;
}
