import { Stack, Text } from '@atlaskit/primitives';
import type { EpicPreview } from '../../src/contract';
import { plural } from '@ui/plural';

/** The totals of the matrix and, in plain words, how many steps creating them takes. */
export function FanOutSummary({ preview }: { preview: EpicPreview }) {
  const { totals, requests } = preview;
  const shown = totals.children - totals.filteredOut;
  return (
    <Stack space="space.050" testId="fan-out-summary">
      <Text>
        {`${plural(shown, 'child', 'children')} of ${String(totals.children)}` +
          (totals.filteredOut > 0 ? ` (${String(totals.filteredOut)} filtered out)` : '') +
          `: ${String(totals.create)} to create, ${String(totals.exists)} exist, ` +
          `${String(totals.adopt)} adopted, ${String(totals.cannot)} cannot be created.`}
      </Text>
      {totals.create > 0 ? (
        <Text color="color.text.subtle">
          {`${plural(totals.create, 'sub-task')}, created in ${plural(requests.bulkCreates, 'step')} ` +
            `(Jira takes up to 50 at a time).`}
        </Text>
      ) : null}
    </Stack>
  );
}
