import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import { view } from '@forge/bridge';

/** The action's buttons, right-aligned as in Jira's modals; Close is always there. */
export function ActionFooter({ children }: { children?: React.ReactNode }) {
  return (
    <Inline space="space.100" alignInline="end">
      <Button appearance="subtle" onClick={() => void view.close()}>
        Close
      </Button>
      {children}
    </Inline>
  );
}
