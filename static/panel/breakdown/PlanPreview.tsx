import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useMemo } from 'react';
import type { PlanPreview as Preview, ResolverInput } from '../../../src/contract';
import { excludedLocalIds } from '../../../src/domain';
import { PlanEstimateSummary } from './PlanEstimateSummary';
import { PlanLinks } from './PlanLinks';
import { PlanTree } from './PlanTree';
import { sharedLabels } from './shared-labels';

type ReadyPreview = Extract<Preview, { ready: true }>;

/** Issues to create per issue type name, in the order the types first appear in the plan. */
function countPerType(preview: ReadyPreview): [string, number][] {
  const names = new Map(preview.issueTypes.map((type) => [type.id, type.name]));
  const toCreate = new Set(preview.diff.toCreate);
  const counts = new Map<string, number>();
  for (const item of preview.plan.items) {
    if (!toCreate.has(item.localId)) continue;
    const name = names.get(item.issueTypeId) ?? item.issueTypeId;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts];
}

function nothingLeftText(existing: number, excluded: number): string {
  if (excluded === 0) return 'Every planned issue exists already.';
  if (existing === 0) return 'Every planned issue is excluded.';
  return 'Every planned issue exists already or is excluded.';
}

/**
 * The exact plan: what creating it takes, the labels every issue gets, the issue tree (each item
 * expandable to its description, and excludable while it is not in Jira), the links, and the
 * button that creates what is missing.
 */
export function PlanPreview({
  preview,
  options,
  chosen,
  updating,
  creating,
  onToggle,
  onCreate,
}: {
  preview: ReadyPreview;
  options: Omit<ResolverInput<'plan/item-description'>, 'localId'>;
  /** The items the draft excludes, as edited here (the preview's figures follow once saved). */
  chosen: readonly string[];
  /** A newer preview is on its way (an exclusion being saved): figures may be about to change. */
  updating: boolean;
  creating: boolean;
  onToggle: ((localId: string) => void) | undefined;
  onCreate: () => void;
}) {
  const { plan, diff } = preview;
  const existing = useMemo(
    () => new Map(diff.existing.map((issue) => [issue.localId, issue.key])),
    [diff.existing],
  );
  const issueTypes = useMemo(
    () => new Map(preview.issueTypes.map((type) => [type.id, type])),
    [preview.issueTypes],
  );
  const excluded = useMemo(
    () => new Set(excludedLocalIds(plan.items, chosen)),
    [plan.items, chosen],
  );
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);
  const labels = useMemo(() => sharedLabels(plan.items), [plan.items]);
  const toCreate = diff.toCreate.length;
  return (
    <Stack space="space.150">
      <Heading size="xsmall" as="h4">
        Planned issues
      </Heading>
      <PlanEstimateSummary
        toCreate={toCreate}
        perType={countPerType(preview)}
        requests={preview.requests}
        existing={diff.existing.length}
        excluded={preview.excluded.length}
      />
      {labels.common.length > 0 ? (
        <Text testId="plan-labels">{`Labels on every issue: ${labels.common.join(', ')}`}</Text>
      ) : null}
      <PlanTree
        items={plan.items}
        existing={existing}
        issueTypes={issueTypes}
        excluded={excluded}
        chosen={chosenSet}
        extraLabelsOf={labels.extraOf}
        options={options}
        onToggle={onToggle}
      />
      <PlanLinks plan={plan} excluded={excluded} />
      {diff.removed.length > 0 ? (
        <SectionMessage appearance="information" title="No longer in the draft">
          <p>
            {`These issues were created earlier for parts the draft no longer has; they are left as they are: ${diff.removed
              .map((issue) => issue.key)
              .join(', ')}.`}
          </p>
        </SectionMessage>
      ) : null}
      <Inline space="space.100" alignBlock="center">
        <Button
          appearance="primary"
          isDisabled={toCreate === 0 || updating}
          isLoading={creating}
          onClick={onCreate}
        >
          {`Create ${String(toCreate)} issue${toCreate === 1 ? '' : 's'}`}
        </Button>
        <Text color="color.text.subtle">
          <span role="status">
            {updating
              ? 'Updating the preview…'
              : toCreate === 0
                ? nothingLeftText(diff.existing.length, preview.excluded.length)
                : ''}
          </span>
        </Text>
      </Inline>
    </Stack>
  );
}
