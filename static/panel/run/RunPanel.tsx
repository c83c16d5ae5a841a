import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { Run } from '../../../src/run/run';
import { RunOutcomes } from './RunOutcomes';
import { RunProgress } from './RunProgress';
import { UndoModal } from './UndoModal';

/** A run's progress, its outcomes, and what can be done with it now: cancel, resume, undo. */
export function RunPanel({
  run,
  busy,
  summaries,
  onCancel,
  onResume,
  onUndo,
}: {
  run: Run;
  busy: boolean;
  summaries: ReadonlyMap<string, string>;
  onCancel: () => void;
  onResume: () => void;
  onUndo: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const active = run.status === 'queued' || run.status === 'running';
  const resumable =
    run.status === 'partial' || run.status === 'failed' || run.status === 'cancelled';
  const undoable = !active && run.status !== 'undone' && run.counts.created > 0;
  return (
    <Stack space="space.150">
      <RunProgress run={run} />
      <Inline space="space.100">
        {active ? (
          <Button isDisabled={busy} onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        {resumable ? (
          <Button appearance="primary" isDisabled={busy} onClick={onResume}>
            Resume
          </Button>
        ) : null}
        {undoable ? (
          <Button
            appearance="subtle"
            isDisabled={busy}
            onClick={() => {
              setConfirming(true);
            }}
          >
            Undo: delete created issues
          </Button>
        ) : null}
      </Inline>
      <RunOutcomes run={run} summaries={summaries} />
      <UndoModal
        open={confirming}
        count={run.counts.created}
        onClose={() => {
          setConfirming(false);
        }}
        onConfirm={() => {
          setConfirming(false);
          onUndo();
        }}
      />
    </Stack>
  );
}
