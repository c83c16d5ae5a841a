import { Stack, Text } from '@atlaskit/primitives';
import type { RunRequestEstimate } from '../../../src/contract';
import { plural } from '@ui/plural';

/**
 * What creating the plan does, in plain words: "11 issues, created in 4 steps", each figure the
 * run's own (steps are its bulk-create calls), then how many issues of each type, and what exists
 * already or is left out.
 */
export function PlanEstimateSummary({
  toCreate,
  perType,
  requests,
  existing,
  excluded,
}: {
  toCreate: number;
  /** Issues to create per issue type name, in plan order. */
  perType: readonly [string, number][];
  requests: RunRequestEstimate;
  existing: number;
  excluded: number;
}) {
  const others = [
    existing > 0 ? `${String(existing)} already in Jira` : '',
    excluded > 0 ? `${String(excluded)} excluded` : '',
  ].filter((part) => part !== '');
  return (
    <Stack space="space.050" testId="plan-estimate">
      <Text weight="medium">{headline(toCreate, requests)}</Text>
      {perType.length > 0 ? (
        <Text color="color.text.subtle">
          {perType.map(([name, count]) => `${name}: ${String(count)}`).join(' · ')}
        </Text>
      ) : null}
      {others.length > 0 ? <Text color="color.text.subtle">{others.join(' · ')}</Text> : null}
    </Stack>
  );
}

/** "11 issues, created in 4 steps", plus the links that are added one at a time. */
function headline(toCreate: number, requests: RunRequestEstimate): string {
  if (toCreate === 0) return 'No issues to create';
  const issues = `${plural(toCreate, 'issue', 'issues')}, created in ${plural(requests.bulkCreates, 'step', 'steps')}`;
  if (requests.linkPosts === 0) return issues;
  const why = requests.linksOnCreateScreen
    ? ''
    : ' (this project’s create screen has no Linked issues field)';
  return `${issues}, then ${plural(requests.linkPosts, 'link', 'links')} added one at a time${why}`;
}
