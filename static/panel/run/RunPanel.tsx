import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { RunView } from '../../../src/contract';
import { RunOutcomes } from './RunOutcomes';
import { RunProgress } from './RunProgress';
import { confirmUndo } from './undo-dialog';

/**
 * A run's progress, its outcomes, and what can be done with it now. The server says which
 * actions the person may take (`run.actions`); the panel offers exactly those.
 */
export function RunPanel({
  run,
  busy,
  onCancel,
  onResume,
  onUndo,
}: {
  run: RunView;
  busy: boolean;
  onCancel: () => void;
  onResume: () => void;
  onUndo: () => void;
}) {
  const may = new Set(run.actions);
  const removed = (run.cleanup ?? []).filter((c) => c.outcome === 'deleted');
  const kept = (run.cleanup ?? []).filter((c) => c.outcome === 'not-deleted');
  const foreign = run.foreign ?? [];
  return (
    <Stack space="space.150">
      <RunProgress run={run} />
      <Inline space="space.100">
        {may.has('cancel') ? (
          // Not disabled while a start is out: cancelling is what a person may want most then.
          <Button onClick={onCancel}>Cancel</Button>
        ) : null}
        {may.has('resume') ? (
          <Button appearance="primary" isDisabled={busy} onClick={onResume}>
            Resume
          </Button>
        ) : null}
        {may.has('undo') ? (
          <Button
            appearance="subtle"
            isDisabled={busy}
            onClick={() => {
              void confirmUndo(run.counts, onUndo);
            }}
          >
            Undo: delete created issues
          </Button>
        ) : null}
      </Inline>
      {run.undoUnavailable ? <Text color="color.text.subtle">{run.undoUnavailable}</Text> : null}
      {removed.length > 0 || kept.length > 0 ? (
        <SectionMessage appearance={kept.length > 0 ? 'warning' : 'information'} title="Duplicates">
          <Text>
            {removed.length > 0
              ? `Jira's answer to a create got lost, and a second copy was made. The run removed ${removed.length === 1 ? 'the copy' : `${String(removed.length)} copies`}: ${removed.map((c) => c.key).join(', ')}. `
              : ''}
            {kept
              .map(
                (c) =>
                  `${c.key} is a duplicate that could not be removed: ${c.reason ?? 'Jira refused'}.`,
              )
              .join(' ')}
          </Text>
        </SectionMessage>
      ) : null}
      {foreign.length > 0 ? (
        <SectionMessage appearance="information" title="Issues left alone">
          <Text>
            {`${foreign.map((f) => f.key).join(', ')} ${foreign.length === 1 ? 'carries' : 'carry'} this breakdown's marker but ${foreign.length === 1 ? 'was' : 'were'} not created by it, so the run ignored ${foreign.length === 1 ? 'it' : 'them'}.`}
          </Text>
        </SectionMessage>
      ) : null}
      <RunOutcomes run={run} />
    </Stack>
  );
}
