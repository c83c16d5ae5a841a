/**
 * The run stage: turning a plan into Jira issues exactly once, and following, cancelling,
 * resuming and undoing runs. Everything it needs from the world comes in a `RunEnvironment`.
 */
export { startRun, resumeRun, type StartRunInput } from './start-run';
export { continueQueuedRun, runExecution } from './execute-run';
export { getRun, cancelRun, latestRunOfPlan, viewRun } from './run-control';
export { runActions } from './run-actions';
export { undoRun } from './undo-run';
export { createPlanClaims, isLive, type PlanClaim } from './plan-claim';
export { ExecutorError, type ExecutorErrorCode } from './executor-errors';
export { jiraClientFor, type RunEnvironment, type IndexLagPolicy } from './run-environment';
export { RUN_QUEUE_KEY, type RunEvent, type RunQueue } from './run-queue';
export { PLAN_PROPERTY_KEY, type PlanProperty } from './create-payload';
export { findPlanIssues, planJql, type ExistingPlanIssue, type PlanIssues } from './reconcile';
export { schedulePlan, type Schedule } from './schedule-plan';
export { chooseRunMode, estimateRunMs, INLINE_MAX_ITEMS } from './run-mode';
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
