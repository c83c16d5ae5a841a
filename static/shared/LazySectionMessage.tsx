import type SectionMessageComponent from '@atlaskit/section-message';
import { lazy, Suspense, type ComponentPropsWithoutRef } from 'react';

// Jira's section message brings its dismiss IconButton, tooltip and popper: an entry that shows
// one only in some states loads it then, which keeps them out of the entry's first load.
const SectionMessage = lazy(() => import('@atlaskit/section-message'));

/** `@atlaskit/section-message`, loaded when first shown. */
export function LazySectionMessage(
  props: ComponentPropsWithoutRef<typeof SectionMessageComponent>,
) {
  return (
    <Suspense fallback={null}>
      <SectionMessage {...props} />
    </Suspense>
  );
}
