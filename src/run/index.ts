/**
 * The run stage: turning a plan into Jira issues exactly once, and following, cancelling,
 * resuming and undoing runs. Everything it needs from the world comes in a `RunEnvironment`.
 *
 * This file is the stage's only door: code outside `src/run` imports from here, never from the
 * folders inside (`test/unit/run/run-door.test.ts` holds it so). Inside, `decide/` holds the pure
 * decisions, `records/` what a run keeps in app storage, `steps/` the steps that talk to Jira.
 */

// The steps a resolver, an action or the queue consumer takes.
export { startRun, resumeRun, type StartRunInput } from './steps/start-run';
export type { PermissionAsker } from './steps/prepare-run';
export { continueQueuedRun, runExecution } from './steps/execute-run';
export { planIssueFinder } from './steps/plan-issue-finder';
export { estimateRun } from './steps/estimate-run';
export { getRun, cancelRun, latestRunOfPlan, viewRun } from './steps/run-control';
export { undoRun } from './steps/undo-run';
export {
  candidateOf,
  findPlanIssues,
  ownershipProver,
  planJql,
  type ExistingPlanIssue,
  type PlanIssues,
} from './steps/reconcile';

// What a run keeps in app storage.
export { createLatestRunIndex, createRunStore, keyPart, type RunStore } from './records/run-store';
export { createPlanClaims, isLive, type PlanClaim } from './records/plan-claim';
export { existingIds } from './records/known-issues';

// Pure decisions.
export { PLAN_PROPERTY_KEY, type PlanProperty } from './decide/create-payload';
export { schedulePlan, type Schedule } from './decide/schedule-plan';
export { chooseRunMode, estimateRunMs, INLINE_MAX_ITEMS } from './decide/run-mode';
export {
  existingParentKeys,
  lacksTypeNames,
  runOutline,
  type IssueFacts,
  type RunOutline,
} from './decide/run-outline';

// The world the stage runs in.
export { ExecutorError, type ExecutorErrorCode } from './executor-errors';
// `forgeRunEnvironment` is for the app environment's builder only (test/unit/app-environment-doors).
export {
  forgeRunEnvironment,
  jiraClientFor,
  type IndexLagPolicy,
  type RunEnvironment,
  type RunEnvironmentOverrides,
} from './run-environment';
export { RUN_QUEUE_KEY, type RunEvent, type RunQueue } from './run-queue';

// The run record's shape, as stored and as the UI gets it.
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
  RunRequestEstimate,
} from './run';

// The run's lifecycle rules (the domain owns them so the panel can ask the same).
export {
  mightUndo,
  runActions,
  runIsFinal,
  runIsGoing,
  runIsResumable,
  TERMINAL_STATUSES,
  undoRefusal,
} from '../domain/run/run-lifecycle';
