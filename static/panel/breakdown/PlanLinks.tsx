import Heading from '@atlaskit/heading';
import { PlainList } from '../fields/PlainList';
import { Stack, Text } from '@atlaskit/primitives';
import type { PreviewPlan as Plan } from '../../../src/contract';
import type { PlanLinkEnd } from '../../../src/domain';

/**
 * The `blocks` (and `relates`) links a run makes, named by the summaries of their ends; a link
 * to an excluded item is not made.
 */
export function PlanLinks({ plan, excluded }: { plan: Plan; excluded: ReadonlySet<string> }) {
  const made = (end: PlanLinkEnd) => end.kind === 'existing' || !excluded.has(end.localId);
  const links = plan.links.filter((link) => made(link.from) && made(link.to));
  if (links.length === 0) return null;
  const summaries = new Map(plan.items.map((item) => [item.localId, item.fields.summary]));
  const name = (end: PlanLinkEnd) =>
    end.kind === 'existing' ? end.key : (summaries.get(end.localId) ?? end.localId);
  return (
    <Stack space="space.050" testId="plan-links">
      <Heading size="xsmall" as="h4">
        Links
      </Heading>
      <PlainList>
        {links.map((link, index) => (
          <li key={String(index)}>
            <Text>{`${name(link.from)} ${link.type === 'blocks' ? 'blocks' : 'relates to'} ${name(link.to)}`}</Text>
          </li>
        ))}
      </PlainList>
    </Stack>
  );
}
