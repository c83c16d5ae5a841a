/** Issues as Jira's REST API shows them (`IssueBean`), with `fields`/`properties` selection. */
import type { JiraStore } from '../jira-store';
import type { StoredIssue, StoredLink } from '../model';
import { createScreen } from '../create-screen';
import { renderComponent, renderIssueType, renderProjectRef } from './render-project';
import { renderUser } from './render-user';
import type { Selection } from './selection';

const FIELD_NAMES: Readonly<Record<string, string>> = {
  summary: 'Summary',
  issuetype: 'Issue Type',
  project: 'Project',
  parent: 'Parent',
  labels: 'Labels',
  description: 'Description',
  issuelinks: 'Linked Issues',
  subtasks: 'Sub-tasks',
  components: 'Components',
  status: 'Status',
  assignee: 'Assignee',
  created: 'Created',
  updated: 'Updated',
  creator: 'Creator',
  reporter: 'Reporter',
};

/** The entity properties `properties` asks for. */
const selectedProperties = (issue: StoredIssue, selection: Selection) =>
  Object.fromEntries([...issue.properties].filter(([key]) => selection(key)));

export const issueSelf = (baseUrl: string, id: string) => `${baseUrl}/rest/api/3/issue/${id}`;

function renderStatus(baseUrl: string, name: string) {
  return {
    self: `${baseUrl}/rest/api/3/status/10000`,
    description: '',
    iconUrl: `${baseUrl}/images/icons/statuses/open.png`,
    name,
    id: '10000',
    statusCategory: {
      self: `${baseUrl}/rest/api/3/statuscategory/2`,
      id: 2,
      key: 'new',
      colorName: 'blue-gray',
      name: 'To Do',
    },
  };
}

/** A short reference to another issue (parent, sub-task, link end): `LinkedIssue`. */
function renderIssueRef(store: JiraStore, baseUrl: string, issue: StoredIssue) {
  const project = store.projectById(issue.projectId);
  return {
    id: issue.id,
    key: issue.key,
    self: issueSelf(baseUrl, issue.id),
    fields: {
      summary: issue.summary,
      status: renderStatus(baseUrl, project.initialStatusName),
      issuetype: renderIssueType(baseUrl, project, store.issueTypeOf(issue)),
    },
  };
}

function renderLink(store: JiraStore, baseUrl: string, issue: StoredIssue, link: StoredLink) {
  const type = store.linkType({ id: link.typeId });
  const outward = link.fromId === issue.id;
  const other = store.issue(outward ? link.toId : link.fromId);
  if (!type || !other) throw new Error(`dangling link ${link.id}`);
  return {
    id: link.id,
    self: `${baseUrl}/rest/api/3/issueLink/${link.id}`,
    type: { ...type, self: `${baseUrl}/rest/api/3/issueLinkType/${type.id}` },
    [outward ? 'outwardIssue' : 'inwardIssue']: renderIssueRef(store, baseUrl, other),
  };
}

/** Every field of an issue, by field id. */
function allFields(store: JiraStore, baseUrl: string, issue: StoredIssue): Record<string, unknown> {
  const project = store.projectById(issue.projectId);
  const type = store.issueTypeOf(issue);
  const parent = issue.parentId === null ? undefined : store.issue(issue.parentId);
  const fields: Record<string, unknown> = {
    summary: issue.summary,
    issuetype: renderIssueType(baseUrl, project, type),
    project: renderProjectRef(baseUrl, project),
    ...(parent ? { parent: renderIssueRef(store, baseUrl, parent) } : {}),
    labels: [...issue.labels],
    description: issue.description,
    issuelinks: store.linksOf(issue.id).map((l) => renderLink(store, baseUrl, issue, l)),
    subtasks: store
      .children(issue.id)
      .filter((c) => store.issueTypeOf(c).subtask)
      .map((c) => renderIssueRef(store, baseUrl, c)),
    components: issue.componentIds.flatMap((id) => {
      const component = project.components.find((c) => c.id === id);
      return component ? [renderComponent(baseUrl, component)] : [];
    }),
    status: renderStatus(baseUrl, project.initialStatusName),
    // Nobody is assigned in the emulator; Jira sends null for an unassigned issue.
    assignee: null,
    created: issue.created,
    updated: issue.updated,
    creator: renderUser(baseUrl, issue.creatorAccountId),
    reporter: renderUser(baseUrl, issue.creatorAccountId),
  };
  for (const field of customFieldsOf(store, issue)) {
    fields[field.fieldId] = issue.customFields[field.fieldId] ?? null;
  }
  return fields;
}

function customFieldsOf(store: JiraStore, issue: StoredIssue) {
  const project = store.projectById(issue.projectId);
  const type = store.issueTypeOf(issue);
  return createScreen(project, type, store.requiredChanges(project.id, type.id)).filter((f) =>
    f.fieldId.startsWith('customfield_'),
  );
}

/** `names` (expand=names): the display name of each selected field of the issue. */
export function fieldNames(
  store: JiraStore,
  issue: StoredIssue,
  selection: Selection,
): Record<string, string> {
  const custom = new Map(customFieldsOf(store, issue).map((f) => [f.fieldId, f.name]));
  const ids = [...Object.keys(FIELD_NAMES), ...custom.keys()].filter(
    (id) => id !== 'parent' || issue.parentId !== null,
  );
  return Object.fromEntries(
    ids.filter((id) => selection(id)).map((id) => [id, FIELD_NAMES[id] ?? custom.get(id) ?? id]),
  );
}

export interface IssueView {
  fields: Selection;
  properties: Selection;
  names: boolean;
}

export function renderIssue(
  store: JiraStore,
  baseUrl: string,
  issue: StoredIssue,
  view: IssueView,
) {
  const every = allFields(store, baseUrl, issue);
  const fields = Object.fromEntries(Object.entries(every).filter(([id]) => view.fields(id)));
  const properties = selectedProperties(issue, view.properties);
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: issueSelf(baseUrl, issue.id),
    key: issue.key,
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    ...(view.names ? { names: fieldNames(store, issue, view.fields) } : {}),
  };
}

/** A search hit when only `id` is asked for: the id, and the properties asked for, nothing else. */
export function renderIssueId(issue: StoredIssue, properties: Selection) {
  const chosen = selectedProperties(issue, properties);
  return { id: issue.id, ...(Object.keys(chosen).length > 0 ? { properties: chosen } : {}) };
}
