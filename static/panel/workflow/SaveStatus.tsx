import Button from '@atlaskit/button/new';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { ResolverError } from '@ui/ResolverError';
import type { SaveState } from '../draft/use-draft-editor';
import { ProblemList } from './ProblemList';

/** What went wrong with the last save, and how to recover; nothing when it went fine. */
export function SaveStatus({
  save,
  onReload,
  onRetry,
  onLocate,
}: {
  save: SaveState;
  onReload: () => void;
  onRetry: () => void;
  onLocate: (path: string) => void;
}) {
  if (save.status === 'conflict') {
    return (
      <SectionMessage
        appearance="warning"
        title="Someone else saved this breakdown"
        actions={
          <SectionMessageAction>
            <Button appearance="subtle" onClick={onReload}>
              Reload their version (discards your edits)
            </Button>
          </SectionMessageAction>
        }
      >
        <p>{save.message}</p>
        <p>Copy what you need before reloading: your edits are still in the form below.</p>
      </SectionMessage>
    );
  }
  if (save.status === 'invalid') {
    return (
      <SectionMessage appearance="error" title="The breakdown was not saved">
        <p>{save.message}</p>
        <ProblemList problems={save.problems} onLocate={onLocate} showPaths />
      </SectionMessage>
    );
  }
  if (save.status === 'error') return <ResolverError error={save.error} onRetry={onRetry} />;
  return null;
}
