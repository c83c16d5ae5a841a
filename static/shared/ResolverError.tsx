import Button from '@atlaskit/button/new';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ResolverError as ResolverErrorData } from '../../src/contract';

const TITLES: Record<ResolverErrorData['code'], string> = {
  INVALID_INPUT: 'Some input needs attention',
  NOT_FOUND: 'Not found',
  FORBIDDEN: 'You do not have permission',
  CONFLICT: 'Someone else changed this',
  NOT_READY: 'Not ready yet',
  JIRA_ERROR: 'Jira did not answer as expected',
  UNSUPPORTED_CONTEXT: 'Not available here',
};

/** One way to show a resolver's error: Jira's section message, with a retry where it helps. */
export function ResolverError({
  error,
  onRetry,
}: {
  error: ResolverErrorData;
  onRetry?: () => void;
}) {
  return (
    <SectionMessage
      appearance={error.code === 'FORBIDDEN' ? 'warning' : 'error'}
      title={TITLES[error.code]}
      actions={
        onRetry ? (
          <SectionMessageAction>
            <Button appearance="subtle" onClick={onRetry}>
              Try again
            </Button>
          </SectionMessageAction>
        ) : undefined
      }
    >
      <p>{error.message}</p>
    </SectionMessage>
  );
}
