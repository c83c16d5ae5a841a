import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from '../Loading';

// The template list brings buttons, lozenges, headings and the section message: the settings and
// library pages fetch it while their first answer is on its way, so their first load stays small
// (issue 10: ≤ 120 kB gzip per entry).
const TemplatesApp = lazy(() =>
  import('./TemplatesApp').then((m) => ({ default: m.TemplatesApp })),
);

/** The templates page, loaded on first show. */
export function LazyTemplatesApp(props: ComponentProps<typeof TemplatesApp>) {
  return (
    <Suspense fallback={<Loading label="Loading the templates…" />}>
      <TemplatesApp {...props} />
    </Suspense>
  );
}
