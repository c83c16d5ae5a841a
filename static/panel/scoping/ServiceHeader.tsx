import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import { memo } from 'react';
import type { Service } from '../../../src/domain';
import { plural } from '@ui/plural';

/** A service's row in the list: expands or collapses its form, or removes it. */
export const ServiceHeader = memo(function ServiceHeader({
  index,
  service,
  expanded,
  readOnly = false,
  onToggle,
  onRemove,
}: {
  index: number;
  service: Service;
  expanded: boolean;
  /** A reader sees the row without the button that removes the service. */
  readOnly?: boolean;
  onToggle: () => void;
  onRemove: () => void;
}) {
  const name = service.name.trim() || `Service ${String(index + 1)}`;
  return (
    <Inline space="space.100" alignBlock="center" spread="space-between">
      <Button
        appearance="subtle"
        aria-expanded={expanded}
        aria-controls={`service-panel-${service.id}`}
        onClick={onToggle}
      >
        {`${expanded ? '▾' : '▸'} ${name}`}
      </Button>
      <Inline space="space.100" alignBlock="center">
        <Text color="color.text.subtle" size="small">
          {`${plural(service.endpoints.length, 'endpoint')} · ${plural(service.failureModes.length, 'failure mode')}`}
        </Text>
        {readOnly ? null : (
          <Button appearance="subtle" spacing="compact" onClick={onRemove}>
            {`Remove ${name}`}
          </Button>
        )}
      </Inline>
    </Inline>
  );
}, sameRow);

/**
 * A keystroke in one service must not re-render the other rows. The row's callbacks are new
 * closures on every render of the list, but they act only through the row's index and the
 * workflow's stable `onChange`/`onExpand`, so the data decides whether the row changed.
 */
function sameRow(
  before: { index: number; service: Service; expanded: boolean; readOnly?: boolean },
  after: { index: number; service: Service; expanded: boolean; readOnly?: boolean },
): boolean {
  return (
    before.index === after.index &&
    before.service === after.service &&
    before.expanded === after.expanded &&
    before.readOnly === after.readOnly
  );
}
