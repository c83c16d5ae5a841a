import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { view } from '@forge/bridge';

/**
 * The action's buttons, right-aligned as in Jira's modals; Close is always there. It stays at the
 * bottom of the dialog while what is above it scrolls (the dialog's one scroll area).
 */
const footerStyle = {
  position: 'sticky' as const,
  bottom: 0,
  zIndex: 2,
  background: token('elevation.surface'),
  paddingBlock: token('space.150'),
  marginBlockEnd: `calc(-1 * ${token('space.300')})`,
  paddingBlockEnd: token('space.300'),
  borderBlockStart: `1px solid ${token('color.border')}`,
};

export function ActionFooter({ children }: { children?: React.ReactNode }) {
  return (
    <div style={footerStyle}>
      <Inline space="space.100" alignInline="end">
        <Button appearance="subtle" onClick={() => void view.close()}>
          Close
        </Button>
        {children}
      </Inline>
    </div>
  );
}
