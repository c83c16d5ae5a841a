/**
 * What a person may do with a run now, decided on the server so the panel offers exactly what
 * will be accepted. Pure: the claim and the caller's rights are looked up by the caller.
 */
import type { RunAction, RunHeader } from '../run';

export interface RunActionInput {
  run: Pick<RunHeader, 'status' | 'accountId' | 'counts'>;
  /** Whether an invocation or the queue holds the plan for this run (a live lease). */
  underWay: boolean;
  /** Whether another action (an undo, another run) holds the plan. */
  planBusy: boolean;
  caller: { accountId: string; administersProject: boolean; deletesIssues: boolean };
}

/** Whether undo could be offered at all, before asking Jira about the caller's permissions. */
export function mightUndo(run: RunActionInput['run']): boolean {
  return (
    run.status !== 'queued' &&
    run.status !== 'running' &&
    run.status !== 'undone' &&
    run.counts.created + run.counts.existed > 0
  );
}

export function runActions({ run, underWay, planBusy, caller }: RunActionInput): RunAction[] {
  const owner = caller.accountId === run.accountId;
  const actions: RunAction[] = [];
  const unfinished = run.status === 'queued' || run.status === 'running';
  // A run recorded as going whose lease lapsed lost its worker: it can be stopped or continued.
  if (owner && unfinished) actions.push('cancel');
  if (
    owner &&
    !underWay &&
    !planBusy &&
    (run.status === 'partial' ||
      run.status === 'failed' ||
      run.status === 'cancelled' ||
      unfinished)
  )
    actions.push('resume');
  if (
    (owner || caller.administersProject) &&
    caller.deletesIssues &&
    !underWay &&
    !planBusy &&
    mightUndo(run)
  )
    actions.push('undo');
  return actions;
}
