import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import type { PreviewItem as PlanItem } from '../../../src/contract';
import { ROLE_LABELS } from './role-label';

/** One issue of the plan: its role, summary, labels, and whether it exists already. */
export function PlanItemRow({
  item,
  existingKey,
}: {
  item: PlanItem;
  existingKey: string | undefined;
}) {
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap testId={`plan-item-${item.localId}`}>
      <Lozenge appearance={item.role === 'epic' ? 'new' : 'default'}>
        {ROLE_LABELS[item.role]}
      </Lozenge>
      <Text weight={item.role === 'subtask' ? 'regular' : 'medium'}>{item.fields.summary}</Text>
      {existingKey ? (
        <Lozenge appearance="success">{`exists: ${existingKey}`}</Lozenge>
      ) : (
        <Lozenge appearance="inprogress">new</Lozenge>
      )}
      {item.fields.labels.length > 0 ? (
        <Text size="small" color="color.text.subtle">
          {`Labels: ${item.fields.labels.join(', ')}`}
        </Text>
      ) : null}
      {item.parent?.kind === 'existing' ? (
        <Text size="small" color="color.text.subtle">{`under ${item.parent.key}`}</Text>
      ) : null}
    </Inline>
  );
}
