import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { PlanPreview as Preview } from '../../../src/contract';
import { PlanEstimateSummary } from './PlanEstimateSummary';
import { PlanLinks } from './PlanLinks';
import { PlanTree } from './PlanTree';

type ReadyPreview = Extract<Preview, { ready: true }>;

/** The exact plan: estimate, issue tree, links, and the button that creates what is missing. */
export function PlanPreview({
  preview,
  creating,
  onCreate,
}: {
  preview: ReadyPreview;
  creating: boolean;
  onCreate: () => void;
}) {
  const { plan, diff } = preview;
  const existing = new Map(diff.existing.map((issue) => [issue.localId, issue.key]));
  const toCreate = diff.toCreate.length;
  return (
    <Stack space="space.150">
      <Heading size="xsmall" as="h4">
        Planned issues
      </Heading>
      <PlanEstimateSummary
        estimate={plan.estimate}
        requests={preview.requests}
        toCreate={toCreate}
        existing={diff.existing.length}
      />
      <PlanTree items={plan.items} existing={existing} />
      <PlanLinks plan={plan} />
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
          isDisabled={toCreate === 0}
          isLoading={creating}
          onClick={onCreate}
        >
          {`Create ${String(toCreate)} issue${toCreate === 1 ? '' : 's'}`}
        </Button>
        {toCreate === 0 ? (
          <Text color="color.text.subtle">Every planned issue exists already.</Text>
        ) : null}
      </Inline>
    </Stack>
  );
}
