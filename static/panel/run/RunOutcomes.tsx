import Heading from '@atlaskit/heading';
import { PlainList } from '../fields/PlainList';
import { Stack } from '@atlaskit/primitives';
import type { Run } from '../../../src/run/run';
import { OutcomeRow } from './OutcomeRow';

/** The per-issue outcome list of a run, in plan order. */
export function RunOutcomes({
  run,
  summaries,
}: {
  run: Run;
  summaries: ReadonlyMap<string, string>;
}) {
  return (
    <Stack space="space.050" testId="run-outcomes">
      <Heading size="xsmall" as="h4">
        Issues
      </Heading>
      <PlainList>
        {run.items.map((outcome) => (
          <li key={outcome.localId}>
            <OutcomeRow
              outcome={outcome}
              summary={summaries.get(outcome.localId) ?? outcome.localId}
            />
          </li>
        ))}
      </PlainList>
    </Stack>
  );
}
