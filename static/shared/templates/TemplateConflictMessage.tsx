import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { TemplateConflict } from '../../../src/contract';
import type { Template } from '../../../src/domain';
import { LazySectionMessage as SectionMessage } from '../LazySectionMessage';
import { DifferencesTable } from './DifferencesTable';
import { templateConflictSentence } from './template-conflict';
import { templateDifferences, type TemplateNames } from './template-differences';

/**
 * The template was saved while the admin edited it: who and when, what differs (both values),
 * and keep mine / take theirs / compare, as the draft's conflict does. Each choice is confirmed
 * in Jira's modal by the caller; nothing is saved until the admin chooses.
 */
export function TemplateConflictMessage({
  conflict,
  theirs,
  mine,
  names,
  busy,
  onCompare,
  onKeepMine,
  onTakeTheirs,
}: {
  conflict: TemplateConflict;
  /** The saved version, once loaded for comparing. */
  theirs: Template | null;
  mine: Template;
  names: TemplateNames;
  busy: boolean;
  onCompare: () => Promise<void>;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const [comparing, setComparing] = useState(false);
  const savedWord = conflict.byYou ? 'Your other tab' : (conflict.savedByName ?? 'Saved');
  return (
    <SectionMessage appearance="warning" title="This template was saved while you were editing">
      <Stack space="space.150">
        <Text>{templateConflictSentence(conflict)}</Text>
        <Text>Your edits are still here and are not saved.</Text>
        <Inline space="space.100" shouldWrap>
          <Button
            isDisabled={busy}
            aria-expanded={comparing && theirs !== null}
            onClick={() => {
              if (comparing && theirs) {
                setComparing(false);
                return;
              }
              setComparing(true);
              void onCompare();
            }}
          >
            {comparing && theirs ? 'Hide comparison' : 'Compare'}
          </Button>
          <Button isDisabled={busy} onClick={onKeepMine}>
            Keep mine
          </Button>
          <Button isDisabled={busy} onClick={onTakeTheirs}>
            Take theirs
          </Button>
        </Inline>
        {comparing && theirs ? (
          <DifferencesTable
            caption={`Saved version ${String(conflict.currentVersion)} and your edits`}
            differences={templateDifferences(theirs, mine, names)}
            leftTitle={savedWord}
            rightTitle="Your edits"
          />
        ) : null}
      </Stack>
    </SectionMessage>
  );
}
