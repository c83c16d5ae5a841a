import SectionMessage from '@atlaskit/section-message';
import { ResolverError } from '@ui/ResolverError';
import type { Draft } from '../../../src/domain';
import type { SaveState } from '../draft/use-draft-editor';
import { ConflictMessage } from './ConflictMessage';
import { ProblemList } from './ProblemList';

/** What stands in the way of saving, and how to go on; nothing when saving goes fine. */
export function SaveStatus({
  save,
  mine,
  myAccountId,
  onLocate,
  onSeeTheirs,
  onKeepMine,
  onReloadTheirs,
}: {
  save: SaveState;
  mine: Draft;
  myAccountId: string;
  onLocate: (path: string) => void;
  onSeeTheirs: () => Promise<void>;
  onKeepMine: () => Promise<void>;
  onReloadTheirs: () => Promise<void>;
}) {
  if (save.status === 'conflict') {
    return (
      <ConflictMessage
        conflict={save.conflict}
        theirs={save.theirs}
        mine={mine}
        myAccountId={myAccountId}
        onSeeTheirs={onSeeTheirs}
        onKeepMine={onKeepMine}
        onReloadTheirs={onReloadTheirs}
      />
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
  // Retry sits with the save status under the form, where the person saves.
  if (save.status === 'error') return <ResolverError error={save.error} />;
  return null;
}
