import Button from '@atlaskit/button/new';
import { Inline, Text } from '@atlaskit/primitives';
import type { Service } from '../../../src/domain';

/** A service's row in the list: expands or collapses its form, or removes it. */
export function ServiceHeader({
  index,
  service,
  expanded,
  onToggle,
  onRemove,
}: {
  index: number;
  service: Service;
  expanded: boolean;
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
          {`${String(service.endpoints.length)} endpoints · ${String(service.failureModes.length)} failure modes`}
        </Text>
        <Button appearance="subtle" spacing="compact" onClick={onRemove}>
          {`Remove ${name}`}
        </Button>
      </Inline>
    </Inline>
  );
}
