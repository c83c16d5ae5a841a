import Heading from '@atlaskit/heading';
import { PlainList } from '../fields/PlainList';
import { Stack, Text } from '@atlaskit/primitives';
import type { PreviewPlan as Plan } from '../../../src/contract';
import type { PlanLinkEnd } from '../../../src/domain';

/** The `blocks` (and `relates`) links of the plan, named by the summaries of their ends. */
export function PlanLinks({ plan }: { plan: Plan }) {
  if (plan.links.length === 0) return null;
  const summaries = new Map(plan.items.map((item) => [item.localId, item.fields.summary]));
  const name = (end: PlanLinkEnd) =>
    end.kind === 'existing' ? end.key : (summaries.get(end.localId) ?? end.localId);
  return (
    <Stack space="space.050" testId="plan-links">
      <Heading size="xsmall" as="h4">
        Links
      </Heading>
      <PlainList>
        {plan.links.map((link, index) => (
          <li key={String(index)}>
            <Text>{`${name(link.from)} ${link.type === 'blocks' ? 'blocks' : 'relates to'} ${name(link.to)}`}</Text>
          </li>
        ))}
      </PlainList>
    </Stack>
  );
}
