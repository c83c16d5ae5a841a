import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives';
import type { Provenance } from '../../../src/contract';
import { IssueKeyLink } from '../run/OutcomeRow';
import { formatWhen } from './when';

type CreatedBy = NonNullable<Provenance['createdBy']>;

const WHAT: Record<CreatedBy['kind'], string> = {
  breakdown: 'the breakdown',
  'fan-out': 'the epic action “Generate template sub-tasks”',
};

/**
 * Shown instead of an empty breakdown on an issue a breakdown made: where it came from, with a
 * link, and what it belongs to. Starting a breakdown here stays possible.
 */
export function CreatedByMessage({
  createdBy,
  siteUrl,
  onStartAnyway,
}: {
  createdBy: CreatedBy;
  siteUrl: string | null;
  onStartAnyway?: () => void;
}) {
  const { origin, parent } = createdBy;
  return (
    <section data-testid="created-by" aria-label="Where this issue came from">
      <SectionMessage
        appearance="information"
        title={
          origin
            ? `Created by ${WHAT[createdBy.kind]} on ${origin.key}`
            : `Created by ${WHAT[createdBy.kind]} on an issue you cannot see`
        }
        actions={
          onStartAnyway
            ? [
                <SectionMessageAction key="start" onClick={onStartAnyway}>
                  Start a breakdown here anyway
                </SectionMessageAction>,
              ]
            : []
        }
      >
        <Text as="p">
          {`Made on ${formatWhen(createdBy.at)}${createdBy.by ? ` by ${createdBy.by}` : ''} from ${WHAT[createdBy.kind]} on `}
          {origin ? (
            <>
              <IssueKeyLink issueKey={origin.key} siteUrl={siteUrl} />
              {` “${origin.summary}”.`}
            </>
          ) : (
            'an issue you cannot see.'
          )}
          {parent ? (
            <>
              {' It belongs to '}
              <IssueKeyLink issueKey={parent.key} siteUrl={siteUrl} />
              {parent.summary ? ` “${parent.summary}”.` : '.'}
            </>
          ) : null}
        </Text>
      </SectionMessage>
    </section>
  );
}
