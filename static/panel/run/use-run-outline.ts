import { useEffect, useState } from 'react';
import { runIsFinal } from '../../../src/domain/run/run-lifecycle';
import type { Run, RunOutline } from '../../../src/contract-run';
import { call } from '@ui/invoke';

/**
 * The summaries, issue types and parents of a run's items (`run/outline`): asked when the run is
 * first shown and once more when it ends (Jira then knows the types of what it made), not on
 * every poll.
 */
export function useRunOutline(run: Pick<Run, 'runId' | 'status'>): RunOutline | null {
  const [outline, setOutline] = useState<{ runId: string; outline: RunOutline } | null>(null);
  const ended = runIsFinal(run.status);
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
