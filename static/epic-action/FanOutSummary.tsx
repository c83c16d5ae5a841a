import { Stack, Text } from '@atlaskit/primitives';
import type { EpicPreview } from '../../src/contract';

const plural = (n: number, word: string, words = `${word}s`) =>
  `${String(n)} ${n === 1 ? word : words}`;

/** The totals of the matrix and what creating it costs in Jira requests. */
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
          {`${plural(requests.bulkCreates, 'bulk create request')} to Jira (up to 50 sub-tasks each), ` +
            `instead of ${plural(requests.oneByOne, 'request')} one by one.`}
        </Text>
      ) : null}
    </Stack>
  );
}
