/**
 * The Jira side of the app: the REST client and the plan executor. Resolvers and the run
 * consumer import from here only.
 *
 * Runs:      startRun, executeRun, getRun, cancelRun, resumeRun, undoRun
 * Lookups:   fetchIssueTypes, checkPermissions, findExistingPlanItems
 * Client:    createJiraClient and its operations (one per Jira endpoint)
 * Errors:    ExecutorError (expected, with a code for the UI), JiraHttpError, JiraNetworkError
 */
export { startRun, resumeRun, type StartRunInput, type LaunchOptions } from './start-run';
export { executeRun, type ExecuteOptions } from './execute-run';
export { getRun, cancelRun, latestRunOfPlan } from './run-control';
export { undoRun } from './undo-run';
export { fetchIssueTypes, checkPermissions, findExistingPlanItems } from './jira-lookups';
export { ExecutorError, type ExecutorErrorCode } from './executor-errors';
export { JiraError, JiraHttpError, JiraNetworkError, type JiraRequestInfo } from './jira-errors';
export { createJiraClient, type JiraClient } from './jira-client';
export {
  createJiraRequester,
  type JiraRequestOptions,
  type JiraRequester,
  type AttemptEvent,
} from './jira-request';
export {
  asAppTransport,
  asUserTransport,
  transportFor,
  type Actor,
  type JiraTransport,
} from './jira-transport';
export {
  decideRetry,
  parseRetryAfter,
  parseRateLimitReset,
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
} from './retry-timing';
export {
  configureExecutor,
  resetExecutorConfig,
  executorConfig,
  type ExecutorConfig,
} from './run-config';
export { RUN_QUEUE_KEY, type RunEvent, type RunQueue } from './run-queue';
export { PLAN_PROPERTY_KEY, type PlanProperty } from './create-payload';
export { planJql, type ExistingPlanIssue } from './reconcile';
export { schedulePlan, type Schedule } from './schedule-plan';
export { chooseRunMode, estimateRunMs, INLINE_MAX_ITEMS } from './run-mode';
export type {
  Run,
  RunHeader,
  RunStatus,
  ItemOutcome,
  LinkOutcome,
  RunCounts,
  LinkCounts,
  UndoReport,
  RunError,
} from './run';
export type { CreateMetaIssueType } from './operations/get-create-meta-issue-types';
export type { CreateMetaField } from './operations/get-create-meta-fields';
export type { IssueCreateRequest, BulkElementResult } from './operations/bulk-create-issues';
export type { IssueLinkRequest } from './operations/create-issue-link';
export type { FoundIssue, SearchOptions } from './operations/search-by-jql';
export type { IssueLinkTypeInfo } from './operations/get-issue-link-types';
