import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

const style = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.050'),
  margin: 0,
  padding: 0,
  listStyle: 'none',
} as const;

/** A list without bullets or indent, so screen readers still hear "list, n items". */
export function PlainList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul style={style} aria-label={label}>
      {children}
    </ul>
  );
}
