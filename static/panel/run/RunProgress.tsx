import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import ProgressBar from '@atlaskit/progress-bar';
import type { Run, RunStatus } from '../../../src/run/run';

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
  return (
    <Stack space="space.100" testId="run-progress">
      <Inline space="space.100" alignBlock="center">
        <Lozenge appearance={status.appearance}>{status.label}</Lozenge>
        <Text role="status" aria-live="polite">
          {`${String(done)} of ${String(total)} issues handled: ${String(created)} created, ${String(existed)} existed, ${String(failed)} failed, ${String(blocked)} blocked${deleted > 0 ? `, ${String(deleted)} deleted` : ''}`}
        </Text>
      </Inline>
      <ProgressBar
        ariaLabel={`Creating issues: ${String(done)} of ${String(total)}`}
        value={total === 0 ? 1 : done / total}
        appearance={run.status === 'succeeded' ? 'success' : 'default'}
      />
      {run.error ? <Text color="color.text.danger">{run.error.message}</Text> : null}
    </Stack>
  );
}
