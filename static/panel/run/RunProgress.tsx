import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import ProgressBar from '@atlaskit/progress-bar';
import { runIsGoing } from '../../../src/domain/run/run-lifecycle';
import type { Run, RunPhase, RunStatus } from '../../../src/contract';

/** The step a run is at, in words. */
const PHASE: Record<RunPhase, string> = {
  preparing: 'Checking your permissions, the project’s issue types and what already exists',
  creating: 'Creating issues in Jira',
  'waiting-for-index':
    'Waiting for Jira’s search to show issues whose creation Jira did not confirm, so none is made twice',
  'checking-copies': 'Checking that no issue was made twice',
};

const STATUS: Record<RunStatus, { label: string; appearance: ThemeAppearance }> = {
  queued: { label: 'Queued', appearance: 'default' },
  running: { label: 'Creating', appearance: 'inprogress' },
  succeeded: { label: 'Done', appearance: 'success' },
  partial: { label: 'Partly done', appearance: 'moved' },
  failed: { label: 'Stopped', appearance: 'removed' },
  cancelled: { label: 'Cancelled', appearance: 'default' },
  undone: { label: 'Undone', appearance: 'default' },
};

/** How far a run has got: a progress bar and the counts behind it. */
export function RunProgress({ run }: { run: Run }) {
  const { total, pending, created, existed, failed, blocked, deleted } = run.counts;
  const done = total - pending;
  const status = STATUS[run.status];
  const live = runIsGoing(run.status);
  const phase = live && run.phase ? PHASE[run.phase] : undefined;
  const preparing = live && run.phase === 'preparing';
  return (
    <Stack space="space.100" testId="run-progress">
      <Inline space="space.100" alignBlock="center">
        <Lozenge appearance={status.appearance}>{preparing ? 'Preparing' : status.label}</Lozenge>
        <Text role="status" aria-live="polite">
          {total === 0 && preparing
            ? `${phase ?? ''}…`
            : `${String(created)} of ${String(total)} created${existed > 0 ? `, ${String(existed)} already there` : ''}${failed > 0 ? `, ${String(failed)} failed` : ''}${blocked > 0 ? `, ${String(blocked)} blocked` : ''}${deleted > 0 ? `, ${String(deleted)} deleted` : ''}`}
        </Text>
      </Inline>
      {phase !== undefined && !(total === 0 && preparing) ? (
        <Text color="color.text.subtle">{`${phase}…`}</Text>
      ) : null}
      <ProgressBar
        ariaLabel={`Creating issues: ${String(done)} of ${String(total)} handled`}
        {...(total === 0 && live
          ? { isIndeterminate: true }
          : { value: total === 0 ? 1 : done / total })}
        appearance={run.status === 'succeeded' ? 'success' : 'default'}
      />
      {run.error ? <Text color="color.text.danger">{run.error.message}</Text> : null}
    </Stack>
  );
}
