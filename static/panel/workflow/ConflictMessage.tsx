import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import { confirmInModal } from '@ui/confirm/confirm-dialog';
import type { DraftConflict } from '../../../src/contract';
import type { Draft } from '../../../src/domain';
import type { StoredDraft } from '../draft/draft-editor-state';
import { conflictSentence } from '../draft/conflict-sentence';
import { TheirVersion } from './TheirVersion';

/**
 * Someone saved first: say who and when, and let the person look at their version, keep theirs
 * own (replacing it) or reload (dropping their edits), each confirmed in Jira's modal.
 */
export function ConflictMessage({
  conflict,
  theirs,
  mine,
  myAccountId,
  onSeeTheirs,
  onKeepMine,
  onReloadTheirs,
}: {
  conflict: DraftConflict;
  theirs: StoredDraft | null;
  mine: Draft;
  myAccountId: string;
  onSeeTheirs: () => Promise<void>;
  onKeepMine: () => Promise<void>;
  onReloadTheirs: () => Promise<void>;
}) {
  const [showing, setShowing] = useState(false);
  const [busy, setBusy] = useState(false);
  const act = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => {
      setBusy(false);
    });
  };
  return (
    <SectionMessage appearance="warning" title="This draft was saved while you were editing">
      <Stack space="space.150">
        <Text>{conflictSentence(conflict, myAccountId)}</Text>
        <Text>
          Your edits are still in the form and are not saved. Nothing saves by itself until you
          choose.
        </Text>
        <Inline space="space.100" shouldWrap>
          <Button
            isDisabled={busy}
            aria-expanded={showing && theirs !== null}
            onClick={() => {
              if (showing && theirs) {
                setShowing(false);
                return;
              }
              setShowing(true);
              act(onSeeTheirs);
            }}
          >
            {showing && theirs ? 'Hide their version' : 'See their version'}
          </Button>
          <Button
            isDisabled={busy}
            onClick={() => {
              void confirmInModal({
                title: 'Replace their version with yours?',
                body: 'Your edits become the saved draft. Their changes will no longer be in it.',
                confirmLabel: 'Replace with mine',
                cancelLabel: 'Go back',
                appearance: 'warning',
              }).then((go) => {
                if (go) act(onKeepMine);
              });
            }}
          >
            Keep mine
          </Button>
          <Button
            isDisabled={busy}
            onClick={() => {
              void confirmInModal({
                title: 'Discard your edits and load their version?',
                body: 'The form shows their saved draft. Your edits here are lost.',
                confirmLabel: 'Discard mine and reload',
                cancelLabel: 'Go back',
                appearance: 'warning',
              }).then((go) => {
                if (go) act(onReloadTheirs);
              });
            }}
          >
            Reload theirs
          </Button>
        </Inline>
        {showing && theirs ? <TheirVersion theirs={theirs.draft} mine={mine} /> : null}
      </Stack>
    </SectionMessage>
  );
}
