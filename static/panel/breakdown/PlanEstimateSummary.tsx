import { Inline, Text } from '@atlaskit/primitives';
import type { PlanEstimate } from '../../../src/domain';
import type { RunRequestEstimate } from '../../../src/run/run';

/** How many issues per level the plan creates, and how many requests creating them takes. */
export function PlanEstimateSummary({
  estimate,
  requests,
  toCreate,
  existing,
}: {
  estimate: PlanEstimate;
  requests: RunRequestEstimate;
  toCreate: number;
  existing: number;
}) {
  const perLevel = estimate.issuesPerLevel;
  return (
    <Inline space="space.200" shouldWrap testId="plan-estimate">
      <Text>{`${String(perLevel['1'])} epic · ${String(perLevel['0'])} stories/tasks · ${String(perLevel['-1'])} sub-tasks`}</Text>
      <Text color="color.text.subtle">{`${String(toCreate)} to create, ${String(existing)} exist already`}</Text>
      <Text color="color.text.subtle">{stepsText(toCreate, requests)}</Text>
    </Inline>
  );
}

/** "11 issues in 4 steps", plus the links that need requests of their own. */
function stepsText(toCreate: number, requests: RunRequestEstimate): string {
  if (toCreate === 0) return 'Nothing to send to Jira';
  const steps = `Created in ${String(requests.bulkCreates)} step${requests.bulkCreates === 1 ? '' : 's'}`;
  if (requests.linkPosts === 0) return steps;
  const why = requests.linksOnCreateScreen ? '' : ' (the create screen has no Linked issues field)';
  return `${steps}, then ${String(requests.linkPosts)} link request${requests.linkPosts === 1 ? '' : 's'}${why}`;
}
