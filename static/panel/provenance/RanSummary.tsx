import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';
import type { Provenance } from '../../../src/contract';
import { Loading } from '@ui/Loading';
import { useResolver } from '@ui/use-resolver';
import { IssueKeyLink } from '../run/OutcomeRow';
import { RunOutcomes } from '../run/RunOutcomes';
import { formatWhen } from './when';
import { plural } from '@ui/plural';

type Ran = NonNullable<Provenance['ran']>;

/** What became of the run, in a few words after "created …". */
function outcome(ran: Ran): string {
  switch (ran.status) {
    case 'queued':
    case 'running':
      return `is creating issues, ${plural(ran.issues, 'issue')} so far`;
    case 'succeeded':
      return `created ${plural(ran.issues, 'issue')}`;
    case 'partial':
      return `created ${plural(ran.issues, 'issue')}; some could not be created`;
    case 'failed':
      return `stopped after ${plural(ran.issues, 'issue')}`;
    case 'cancelled':
      return `was cancelled after ${plural(ran.issues, 'issue')}`;
    case 'undone':
      return 'created issues that were deleted again';
  }
}

/** " through the Automation rule “Sub-tasks for new epics”", or the agent; "" from the app's own UI. */
export function through(ran: Ran): string {
  if (!ran.via) return '';
  if (ran.via.kind === 'rovo') return ' through the Rovo agent';
  return ran.via.rule
    ? ` through the Automation rule “${ran.via.rule}”`
    : ' through an Automation rule';
}

function LatestRunTree() {
  const [latest] = useResolver('run/latest', {});
  if (latest.status === 'loading') return <Loading label="Reading the run…" />;
  if (latest.status === 'error' || !latest.data)
    return <Text color="color.text.subtle">The run’s issues cannot be shown now.</Text>;
  return <RunOutcomes run={latest.data} />;
}

/**
 * One line on the issue a breakdown ran from: when, by whom, what it created (first … last key),
 * and the run's issues as a tree on request.
 */
export function RanSummary({ ran, siteUrl }: { ran: Ran; siteUrl: string | null }) {
  const [open, setOpen] = useState(false);
  const what = ran.kind === 'fan-out' ? 'Template sub-tasks' : 'Breakdown';
  return (
    <Stack space="space.100" testId="breakdown-ran">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Text>
          {`${what} ran ${formatWhen(ran.at)}${ran.by ? ` by ${ran.by}` : ''}${through(ran)}: ${outcome(ran)}`}
          {ran.firstKey && ran.lastKey && ran.status !== 'undone' ? (
            <>
              {' ('}
              <IssueKeyLink issueKey={ran.firstKey} siteUrl={siteUrl} />
              {ran.lastKey === ran.firstKey ? null : (
                <>
                  {' … '}
                  <IssueKeyLink issueKey={ran.lastKey} siteUrl={siteUrl} />
                </>
              )}
              {')'}
            </>
          ) : null}
          .
        </Text>
        {ran.kind === 'breakdown' && ran.issues > 0 && ran.status !== 'undone' ? (
          <Button
            appearance="subtle"
            spacing="compact"
            aria-expanded={open}
            onClick={() => {
              setOpen((shown) => !shown);
            }}
          >
            {open ? 'Hide the issues' : 'Show the issues'}
          </Button>
        ) : null}
      </Inline>
      {open ? <LatestRunTree /> : null}
    </Stack>
  );
}
