/**
 * Jira Cloud's own wording for the errors the emulator reproduces, in one place so tests and the
 * app's error reporting see the messages a real site gives.
 */
export const MSG = {
  unauthenticated: 'Client must be authenticated to access this resource.',
  invalidPayload: 'Invalid request payload. Refer to the REST API documentation and try again.',
  issueNotFound: 'Issue does not exist or you do not have permission to see it.',
  projectNotFound: (key: string) => `No project could be found with key '${key}'.`,
  noCreatePermission: 'You do not have permission to create issues in this project.',
  noDeletePermission: 'You do not have permission to delete issues in this project.',
  noEditPermission: 'You do not have permission to edit issues in this project.',
  noLinkPermission: 'You do not have permission to link issues in this project.',
  onlyAdmins: 'Only Jira administrators can perform this operation.',
  noBrowseUsers: 'You do not have the permission to browse users and groups.',
  specifyQueryOrAccountId: 'One of the query parameters query, accountId or property is required.',
  specifyAccountId: 'Specify an accountId.',
  userNotFound: (accountId: string) => `The user with account ID '${accountId}' does not exist.`,
  hasSubtasks: (key: string) =>
    `The issue ${key} has subtasks. To delete it, set 'deleteSubtasks' to true.`,
  issueTypeNotCreatable: (id: string) =>
    `The issue type with id '${id}' does not exist or you cannot create it in this project.`,
  specifyProject: 'Specify a valid project ID or key',
  specifyIssueType: 'Specify an issue type',
  invalidIssueType: 'The issue type selected is invalid.',
  notOnScreen: (field: string) =>
    `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`,
  summaryRequired: 'You must specify a summary of the issue.',
  fieldRequired: (name: string) => `${name} is required.`,
  summaryTooLong: 'Summary must be less than 255 characters.',
  textTooLong: (name: string) => `${name} must be less than 255 characters.`,
  summaryNewline: 'The summary is invalid because it contains newline characters.',
  mustBeString: 'Operation value must be a string',
  mustBeNumber: (name: string) => `${name} must be a number`,
  mustBeArray: 'Operation value must be an array',
  mustBeAdf: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
  invalidAdf: 'INVALID_INPUT',
  labelHasSpace: (label: string) => `The label '${label}' contains spaces which is invalid.`,
  labelTooLong: (label: string) =>
    `The label '${label}' exceeds the maximum length for a single label of 255 characters.`,
  unknownComponent: (ref: string) => `Component '${ref}' is not valid.`,
  invalidOption: (ref: string) => `Option value '${ref}' is not valid`,
  subtaskNeedsParent: 'Issue type is a sub-task but parent issue key or id not specified.',
  parentNotFound: 'Could not find issue by id or key.',
  wrongHierarchy: 'Given parent work item does not belong to appropriate hierarchy.',
  subtaskOtherProject: 'Sub-tasks must be created in the same project as the parent.',
  linkTypeNotFound: (ref: string) => `No issue link type with name '${ref}' found.`,
  linkTypeIdNotFound: (ref: string) => `No issue link type with id '${ref}' found.`,
  linkToSelf: 'You cannot link an issue to itself.',
  linkOperation: (op: string) =>
    `Field 'issuelinks' does not support operation '${op}'. Supported operation(s) are: 'add'`,
  updateOnCreate: (field: string) =>
    `Field '${field}' takes its value from 'fields' on create; the emulator applies update operations only to 'issuelinks' and 'labels'.`,
  linkNeedsIssue: 'An issue link needs exactly one of inwardIssue or outwardIssue.',
  propertyKeyMissing: 'The property key must be specified.',
  propertyKeyTooLong: 'The property key cannot be longer than 255 characters.',
  propertyValueTooLong: 'The property value cannot be longer than 32768 bytes.',
  propertyNotFound: (key: string) => `The property with key '${key}' does not exist.`,
  bulkLimit: (count: number) =>
    `Bulk create accepts at most 50 issues per request; this request has ${count}.`,
  bulkEmpty: 'No issues to create: issueUpdates is empty.',
  permissionsRequired: "The 'permissions' query parameter is required.",
  unrecognizedPermission: 'Unrecognized permission',
  invalidAccountId: (accountId: string) => `The account ID '${accountId}' is invalid.`,
  maxResultsLimit: (name: string, limit: number) =>
    `Parameter '${name}' must not exceed the limit '${limit}'`,
  tooManyReconcileIssues: (count: number) =>
    `The 'reconcileIssues' parameter accepts at most 50 issue ids; this request has ${count}.`,
  reconcileChangedBetweenPages:
    "The 'reconcileIssues' list must be the same on every page of a search; start again without nextPageToken.",
  tooManySearchProperties: (count: number) =>
    `The 'properties' parameter accepts at most 5 issue property keys; this request has ${count}.`,
  invalidPageToken: 'The provided next page token is invalid or expired.',
  unboundedJql:
    'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
} as const;
