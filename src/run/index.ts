/**
 * The run stage: turning a plan into Jira issues exactly once, and following, cancelling,
 * resuming and undoing runs. Everything it needs from the world comes in a `RunEnvironment`.
 */
export { startRun, resumeRun, type StartRunInput } from './steps/start-run';
export { continueQueuedRun, runExecution } from './steps/execute-run';
export { getRun, cancelRun, latestRunOfPlan, viewRun } from './steps/run-control';
export { runActions } from './decide/run-actions';
export { undoRun } from './steps/undo-run';
export { createPlanClaims, isLive, type PlanClaim } from './records/plan-claim';
export { ExecutorError, type ExecutorErrorCode } from './executor-errors';
export {
  forgeRunEnvironment,
  jiraClientFor,
  type RunEnvironment,
  type IndexLagPolicy,
} from './run-environment';
export { RUN_QUEUE_KEY, type RunEvent, type RunQueue } from './run-queue';
export { PLAN_PROPERTY_KEY, type PlanProperty } from './decide/create-payload';
export {
  findPlanIssues,
  planJql,
  type ExistingPlanIssue,
  type PlanIssues,
} from './steps/reconcile';
export { schedulePlan, type Schedule } from './decide/schedule-plan';
export { chooseRunMode, estimateRunMs, INLINE_MAX_ITEMS } from './decide/run-mode';
export type {
  Run,
  RunView,
  RunAction,
  RunHeader,
  RunStatus,
  ItemOutcome,
  LinkOutcome,
  RunCounts,
  LinkCounts,
  UndoReport,
  RunError,
  CleanupRecord,
} from './run';
