/**
 * The Jira endpoints the emulator serves, each named by its OpenAPI path template, so a request
 * is validated against exactly the operation it reaches.
 */
import { bulkCreate, refuseAll } from '../handlers/bulk-create';
import { createIssue } from '../handlers/create-issue';
import { getCreateMetaFields, getCreateMetaIssueTypes } from '../handlers/createmeta';
import { deleteIssue, editIssue, getIssue } from '../handlers/issue';
import { createIssueLink, getIssueLinkTypes } from '../handlers/issue-link';
import { getIssueProperty, putIssueProperty } from '../handlers/issue-property';
import { getMyself } from '../handlers/myself';
import { getUser, searchUsers } from '../handlers/user';
import { checkPermissions, getMyPermissions } from '../handlers/permissions';
import { getProject } from '../handlers/project';
import { searchJqlGet, searchJqlPost } from '../handlers/search-jql';
import type { JiraResponse } from './jira-response';
import type { Handler } from './request-context';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  template: string;
  handler: Handler;
  /** How the operation answers a request it cannot read, when not as an `ErrorCollection`. */
  refuse?: (message: string) => JiraResponse;
}

export const ROUTES: readonly Route[] = [
  { method: 'GET', template: '/rest/api/3/myself', handler: getMyself },
  { method: 'GET', template: '/rest/api/3/user', handler: getUser },
  { method: 'GET', template: '/rest/api/3/user/search', handler: searchUsers },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}', handler: getProject },
  {
    method: 'GET',
    template: '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes',
    handler: getCreateMetaIssueTypes,
  },
  {
    method: 'GET',
    template: '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}',
    handler: getCreateMetaFields,
  },
  { method: 'POST', template: '/rest/api/3/issue', handler: createIssue },
  { method: 'POST', template: '/rest/api/3/issue/bulk', handler: bulkCreate, refuse: refuseAll },
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', handler: getIssue },
  { method: 'PUT', template: '/rest/api/3/issue/{issueIdOrKey}', handler: editIssue },
  { method: 'DELETE', template: '/rest/api/3/issue/{issueIdOrKey}', handler: deleteIssue },
  { method: 'GET', template: '/rest/api/3/issueLinkType', handler: getIssueLinkTypes },
  { method: 'POST', template: '/rest/api/3/issueLink', handler: createIssueLink },
  {
    method: 'GET',
    template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handler: getIssueProperty,
  },
  {
    method: 'PUT',
    template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handler: putIssueProperty,
  },
  { method: 'GET', template: '/rest/api/3/search/jql', handler: searchJqlGet },
  { method: 'POST', template: '/rest/api/3/search/jql', handler: searchJqlPost },
  { method: 'GET', template: '/rest/api/3/mypermissions', handler: getMyPermissions },
  { method: 'POST', template: '/rest/api/3/permissions/check', handler: checkPermissions },
];
