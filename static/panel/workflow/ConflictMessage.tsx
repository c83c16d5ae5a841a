import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useEffect, useRef, useState } from 'react';
import type { DraftConflict } from '../../../src/contract';
import type { Draft } from '../../../src/domain';
import type { StoredDraft } from '../draft/draft-editor-state';
import { conflictSentence } from '../draft/conflict-sentence';
import { InlineConfirm } from './InlineConfirm';
import { TheirVersion } from './TheirVersion';

type Confirming = 'keep' | 'reload' | null;

/**
 * Someone saved first: say who and when, and let the person look at their version, keep theirs
 * own (replacing it, after confirming) or reload (dropping their edits, after confirming).
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
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [showing, setShowing] = useState(false);
  const [busy, setBusy] = useState(false);
  // Focus follows the choice: to the confirming button, and back to the action on Cancel.
  const confirmRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const reloadRef = useRef<HTMLButtonElement>(null);
  const last = useRef<Confirming>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (last.current === 'keep') keepRef.current?.focus();
    else if (last.current === 'reload') reloadRef.current?.focus();
    last.current = confirming;
  }, [confirming]);
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
        {confirming === 'keep' ? (
          <InlineConfirm
            question="Replace their version with yours? Their changes will no longer be in the draft."
            confirmLabel="Replace with mine"
            busy={busy}
            confirmRef={confirmRef}
            onConfirm={() => {
              act(onKeepMine);
            }}
            onCancel={() => {
              setConfirming(null);
            }}
          />
        ) : null}
        {confirming === 'reload' ? (
          <InlineConfirm
            question="Discard your edits and load their version?"
            confirmLabel="Discard mine and reload"
            busy={busy}
            confirmRef={confirmRef}
            onConfirm={() => {
              act(onReloadTheirs);
            }}
            onCancel={() => {
              setConfirming(null);
            }}
          />
        ) : null}
        {confirming === null ? (
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
              ref={keepRef}
              isDisabled={busy}
              onClick={() => {
                setConfirming('keep');
              }}
            >
              Keep mine
            </Button>
            <Button
              ref={reloadRef}
              isDisabled={busy}
              onClick={() => {
                setConfirming('reload');
              }}
            >
              Reload theirs
            </Button>
          </Inline>
        ) : null}
        {showing && theirs ? <TheirVersion theirs={theirs.draft} mine={mine} /> : null}
      </Stack>
    </SectionMessage>
  );
}
