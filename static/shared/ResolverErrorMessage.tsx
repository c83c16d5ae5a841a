import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ReactNode } from 'react';

/** The section message of `ResolverError`, in its own chunk. */
export default function ResolverErrorMessage({
  appearance,
  title,
  message,
  action,
}: {
  appearance: 'warning' | 'error';
  title: string;
  message: string;
  action: ReactNode;
}) {
  return (
    <SectionMessage
      appearance={appearance}
      title={title}
      actions={action ? <SectionMessageAction>{action}</SectionMessageAction> : undefined}
    >
      <p>{message}</p>
    </SectionMessage>
  );
}
