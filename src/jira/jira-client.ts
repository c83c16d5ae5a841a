/**
 * The Jira client: every operation the app uses, bound to one request wrapper (one transport,
 * one retry policy, one request counter).
 */
import type { z } from 'zod';
import { createJiraRequester, type JiraRequester, type JiraRequestOptions } from './jira-request';
import {
  bulkCreateIssues,
  type BulkElementResult,
  type IssueCreateRequest,
} from './operations/bulk-create-issues';
import { checkPermissions } from './operations/check-permissions';
import { createIssueLink, type IssueLinkRequest } from './operations/create-issue-link';
import { deleteIssue } from './operations/delete-issue';
import { getCreateMetaFields, type CreateMetaField } from './operations/get-create-meta-fields';
import {
  getCreateMetaIssueTypes,
  type CreateMetaIssueType,
} from './operations/get-create-meta-issue-types';
import { getIssue, type JiraIssue } from './operations/get-issue';
import { getIssueLinkTypes, type IssueLinkTypeInfo } from './operations/get-issue-link-types';
import { getMyPermissions } from './operations/get-my-permissions';
import { getMyAccountId } from './operations/get-myself';
import { getUserDisplayName } from './operations/get-user';
import { getIssueProperty, setIssueProperty } from './operations/issue-properties';
import { searchByJql, type FoundIssue, type SearchOptions } from './operations/search-by-jql';
import { searchEpicChildren, type EpicChildren } from './operations/search-epic-children';

export interface JiraClient {
  readonly requester: JiraRequester;
  getCreateMetaIssueTypes(projectIdOrKey: string): Promise<CreateMetaIssueType[]>;
  getCreateMetaFields(projectIdOrKey: string, issueTypeId: string): Promise<CreateMetaField[]>;
  bulkCreateIssues(issueUpdates: IssueCreateRequest[]): Promise<BulkElementResult[]>;
  createIssueLink(link: IssueLinkRequest): Promise<void>;
  searchByJql(options: SearchOptions): Promise<FoundIssue[]>;
  /** Every child of an epic (all pages), with the fields the fan-out reads. */
  searchEpicChildren(epicKey: string, options?: { maxChildren?: number }): Promise<EpicChildren>;
  getIssue(
    issueIdOrKey: string,
    options?: { fields?: string[]; properties?: string[] },
  ): Promise<JiraIssue>;
  deleteIssue(issueIdOrKey: string): Promise<void>;
  /** An issue's entity property, read with the schema its value must fit. */
  getIssueProperty<T>(
    issueIdOrKey: string,
    propertyKey: string,
    value: z.ZodType<T>,
  ): Promise<T | undefined>;
  setIssueProperty(issueIdOrKey: string, propertyKey: string, value: unknown): Promise<void>;
  getMyPermissions(
    projectId: string,
    permissions: readonly string[],
  ): Promise<Record<string, boolean>>;
  checkPermissions(args: {
    accountId: string;
    projectId: string;
    permissions: readonly string[];
  }): Promise<Record<string, boolean>>;
  getIssueLinkTypes(): Promise<IssueLinkTypeInfo[]>;
  /** The calling account's id (`GET /myself`). */
  getMyAccountId(): Promise<string | undefined>;
  /** The person's display name, or null when the caller may not see it or Jira has no such account. */
  getUserDisplayName(accountId: string): Promise<string | null>;
}

/** A client over `options.transport` (the app environment's, as the app or as the person). */
export function createJiraClient(options: JiraRequestOptions): JiraClient {
  const requester = createJiraRequester(options);
  return {
    requester,
    getCreateMetaIssueTypes: (project) => getCreateMetaIssueTypes(requester, project),
    getCreateMetaFields: (project, issueTypeId) =>
      getCreateMetaFields(requester, project, issueTypeId),
    bulkCreateIssues: (issueUpdates) => bulkCreateIssues(requester, issueUpdates),
    createIssueLink: (link) => createIssueLink(requester, link),
    searchByJql: (search) => searchByJql(requester, search),
    searchEpicChildren: (epicKey, opts) => searchEpicChildren(requester, epicKey, opts),
    getIssue: (key, opts) => getIssue(requester, key, opts),
    deleteIssue: (key) => deleteIssue(requester, key),
    getIssueProperty: (key, propertyKey, value) =>
      getIssueProperty(requester, key, propertyKey, value),
    setIssueProperty: (key, propertyKey, value) =>
      setIssueProperty(requester, key, propertyKey, value),
    getMyPermissions: (projectId, permissions) =>
      getMyPermissions(requester, projectId, permissions),
    checkPermissions: (args) => checkPermissions(requester, args),
    getIssueLinkTypes: () => getIssueLinkTypes(requester),
    getUserDisplayName: (accountId) => getUserDisplayName(requester, accountId),
    getMyAccountId: () => getMyAccountId(requester),
  };
}
