import { useEffect, useState } from 'react';
import { TERMINAL_STATUSES, type Run, type RunOutline } from '../../../src/contract-run';
import { call } from '@ui/invoke';

/**
 * The summaries, issue types and parents of a run's items (`run/outline`): asked when the run is
 * first shown and once more when it ends (Jira then knows the types of what it made), not on
 * every poll.
 */
export function useRunOutline(run: Pick<Run, 'runId' | 'status'>): RunOutline | null {
  const [outline, setOutline] = useState<{ runId: string; outline: RunOutline } | null>(null);
  const ended = TERMINAL_STATUSES.has(run.status);
  const { runId } = run;
  useEffect(() => {
    let live = true;
    void call('run/outline', { runId }).then((answer) => {
      if (live && answer.ok) setOutline({ runId, outline: answer.data });
    });
    return () => {
      live = false;
    };
  }, [runId, ended]);
  return outline?.runId === runId ? outline.outline : null;
}
