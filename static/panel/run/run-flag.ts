import type { FlagOptions } from '@forge/bridge';
import type { Run } from '../../../src/contract';
import { plural } from '@ui/plural';

/** The Jira flag that tells how a finished run went; null for a run still in progress. */
export function runFlag(run: Run): FlagOptions | null {
  const { created, existed, failed, blocked, deleted, total } = run.counts;
  const id = `run-${run.runId}-${run.status}`;
  switch (run.status) {
    case 'succeeded':
      return {
        id,
        type: 'success',
        title: `Created ${plural(created, 'issue')}`,
        description:
          existed > 0
            ? `${String(existed)} existed already.`
            : 'Every planned issue exists in Jira.',
        isAutoDismiss: true,
      };
    case 'partial':
      return {
        id,
        type: 'warning',
        title: `Created ${String(created)} of ${plural(total, 'issue')}`,
        description: `${String(failed)} failed and ${String(blocked)} were blocked. You can resume the run.`,
      };
    case 'failed':
      return {
        id,
        type: 'error',
        title: 'Creating the issues stopped',
        description: run.error?.message ?? 'The run stopped before it finished. You can resume it.',
      };
    case 'cancelled':
      return {
        id,
        type: 'info',
        title: 'Run cancelled',
        description: `${plural(created, 'issue')} had been created.`,
      };
    case 'undone':
      return {
        id,
        type: 'info',
        title: `Deleted ${plural(deleted, 'issue')}`,
        isAutoDismiss: true,
      };
    case 'queued':
    case 'running':
      return null;
  }
}
