import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { lowerFirst, type Suggestion } from '../../../src/domain';
import { describeChange } from './describe-change';

const cardStyle = {
  borderInlineStart: `${token('border.width.selected')} solid ${token('color.border.discovery')}`,
  background: token('elevation.surface.sunken'),
  borderRadius: token('radius.small'),
  padding: token('space.100'),
  overflowWrap: 'anywhere' as const,
};

/** One suggestion: what it adds, why a senior engineer would ask for it, Accept and Dismiss. */
export function SuggestionCard({
  suggestion,
  actionRef,
  onAccept,
  onDismiss,
}: {
  suggestion: Suggestion;
  /** The Accept button, for moving focus here when the card before it goes away. */
  actionRef: (element: HTMLButtonElement | null) => void;
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const adds = suggestion.changes.map(describeChange);
  return (
    <li style={cardStyle} data-suggestion-id={suggestion.id}>
      <Stack space="space.075">
        <Text weight="semibold">{suggestion.title}</Text>
        <Text size="small">
          <Text size="small" weight="semibold">{`Why this is suggested: `}</Text>
          {`${suggestion.why} (${suggestion.rule})`}
        </Text>
        <Text size="small" color="color.text.subtle">
          {`Because ${lowerFirst(suggestion.because)}. Adds ${adds.length === 1 ? '' : `${String(adds.length)} entries: `}${adds.map(lowerFirst).join('; ')}`}
        </Text>
        <Inline space="space.100">
          <Button
            ref={actionRef}
            appearance="primary"
            spacing="compact"
            aria-label={`Accept: ${suggestion.title}`}
            onClick={onAccept}
          >
            Accept
          </Button>
          <Button
            appearance="subtle"
            spacing="compact"
            aria-label={`Dismiss: ${suggestion.title}`}
            onClick={onDismiss}
          >
            Dismiss
          </Button>
        </Inline>
      </Stack>
    </li>
  );
}
