/**
 * A run's lifecycle, in one place: which statuses mean it is still going, which are final, which
 * can be resumed, and what a person may do with it now. The executor, undo, cancel, the
 * resolvers, the actions and the panel all ask here, so the panel offers exactly what the server
 * will accept. Pure: the claim (who holds the plan now) and the caller's Jira rights are looked up
 * by the caller.
 */

export const RUN_STATUSES = [
  /** Waiting for the async consumer (or about to start inline). */
  'queued',
  'running',
  /** Every item and link exists in Jira. */
  'succeeded',
  /** Finished, but some items failed or were blocked; it can be resumed. */
  'partial',
  /** Stopped before finishing (lost permission, Jira unavailable); it can be resumed. */
  'failed',
  'cancelled',
  /** Its created issues were deleted again. */
  'undone',
] as const;

export type RunStatus = (typeof RUN_STATUSES)[number];

/** What a person may do with a run now; computed on the server, the panel offers exactly these. */
export const RUN_ACTIONS = ['cancel', 'resume', 'undo'] as const;
export type RunAction = (typeof RUN_ACTIONS)[number];

/** Statuses a run ends in: nothing works on it any more until someone resumes or undoes it. */
export const TERMINAL_STATUSES: ReadonlySet<RunStatus> = new Set<RunStatus>([
  'succeeded',
  'partial',
  'failed',
  'cancelled',
  'undone',
]);

/**
 * Whether the run is recorded as going (queued or running). A run recorded so whose worker died
 * stays going until it is cancelled or resumed; whether a worker still holds it is the plan
 * claim's lease (`isLive` in the run stage), not its status.
 */
export function runIsGoing(status: RunStatus): boolean {
  return !TERMINAL_STATUSES.has(status);
}

/** Whether the run has ended: the panel stops polling it and shows its outcomes. */
export function runIsFinal(status: RunStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/**
 * Whether resuming the run could make anything: not when everything exists already or was
 * deleted again. A going run is resumable too: if its worker died, resuming continues it.
 */
export function runIsResumable(status: RunStatus): boolean {
  return status !== 'succeeded' && status !== 'undone';
}

export interface RunActionInput {
  run: { status: RunStatus; accountId: string; counts: { created: number; existed: number } };
  /** Whether an invocation or the queue holds the plan for this run (a live lease). */
  underWay: boolean;
  /** Whether another action (an undo, another run) holds the plan. */
  planBusy: boolean;
  caller: { accountId: string; administersProject: boolean; deletesIssues: boolean };
}

/** Whether undo could be offered at all, before asking Jira about the caller's permissions. */
export function mightUndo(run: RunActionInput['run']): boolean {
  return (
    runIsFinal(run.status) && run.status !== 'undone' && run.counts.created + run.counts.existed > 0
  );
}

/** Why the caller may not undo a run that could be undone; the panel words it. */
export type UndoRefusal = 'needs-delete-permission' | 'not-theirs';

/**
 * Why `caller` may not undo `run`: Jira's *Delete issues* is needed, and the run must be theirs
 * unless they administer the project. Undefined when they may, or when nothing could be undone.
 */
export function undoRefusal(
  run: RunActionInput['run'],
  caller: RunActionInput['caller'],
): UndoRefusal | undefined {
  if (!mightUndo(run)) return undefined;
  if (!caller.deletesIssues) return 'needs-delete-permission';
  if (caller.accountId !== run.accountId && !caller.administersProject) return 'not-theirs';
  return undefined;
}

export function runActions({ run, underWay, planBusy, caller }: RunActionInput): RunAction[] {
  const owner = caller.accountId === run.accountId;
  const actions: RunAction[] = [];
  const free = !underWay && !planBusy;
  // A run recorded as going whose lease lapsed lost its worker: it can be stopped or continued.
  if (owner && runIsGoing(run.status)) actions.push('cancel');
  if (owner && free && runIsResumable(run.status)) actions.push('resume');
  if (free && mightUndo(run) && undoRefusal(run, caller) === undefined) actions.push('undo');
  return actions;
}
