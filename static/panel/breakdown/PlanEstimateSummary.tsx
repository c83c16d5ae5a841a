import { Inline, Text } from '@atlaskit/primitives';
import type { PlanEstimate } from '../../../src/domain';

/** How many issues per level the plan creates, and in how many bulk requests. */
export function PlanEstimateSummary({
  estimate,
  toCreate,
  existing,
}: {
  estimate: PlanEstimate;
  toCreate: number;
  existing: number;
}) {
  const perLevel = estimate.issuesPerLevel;
  return (
    <Inline space="space.200" shouldWrap testId="plan-estimate">
      <Text>{`${String(perLevel['1'])} epic · ${String(perLevel['0'])} stories/tasks · ${String(perLevel['-1'])} sub-tasks`}</Text>
      <Text color="color.text.subtle">{`${String(toCreate)} to create, ${String(existing)} exist already`}</Text>
      <Text color="color.text.subtle">{`${String(estimate.bulkRequests)} bulk create requests`}</Text>
    </Inline>
  );
}
