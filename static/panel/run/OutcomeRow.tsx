import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Text } from '@atlaskit/primitives';
import { router } from '@forge/bridge';
import type { ItemOutcome } from '../../../src/run/run';

export function IssueLink({ issueKey }: { issueKey: string }) {
  return (
    <Button
      appearance="subtle"
      spacing="compact"
      onClick={() => {
        void router.open(`/browse/${issueKey}`);
      }}
    >
      {issueKey}
    </Button>
  );
}

/** What happened to one planned issue: created (with its key), existed, failed, blocked, …. */
export function OutcomeRow({ outcome, summary }: { outcome: ItemOutcome; summary: string }) {
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap testId={`outcome-${outcome.localId}`}>
      {outcome.outcome === 'created' ? <Lozenge appearance="success">created</Lozenge> : null}
      {outcome.outcome === 'existed' ? <Lozenge appearance="default">existed</Lozenge> : null}
      {outcome.outcome === 'failed' ? <Lozenge appearance="removed">failed</Lozenge> : null}
      {outcome.outcome === 'blocked' ? <Lozenge appearance="moved">blocked</Lozenge> : null}
      {outcome.outcome === 'pending' ? <Lozenge appearance="inprogress">pending</Lozenge> : null}
      {outcome.outcome === 'deleted' ? <Lozenge appearance="default">deleted</Lozenge> : null}
      {outcome.outcome === 'created' || outcome.outcome === 'existed' ? (
        <IssueLink issueKey={outcome.key} />
      ) : null}
      {outcome.outcome === 'deleted' ? <Text color="color.text.subtle">{outcome.key}</Text> : null}
      <Text>{summary}</Text>
      {outcome.outcome === 'failed' || outcome.outcome === 'blocked' ? (
        <Text color="color.text.danger">{outcome.reason}</Text>
      ) : null}
    </Inline>
  );
}
