import { useRef } from 'react';
import type { ResolverState } from '@ui/use-resolver';

/**
 * The last answer while a new one loads: when the preview is asked again (an exclusion saved, a
 * run finished), the list stays where it is, with the focus in it, until the new answer comes.
 */
export function useKeptPreview<T>(state: ResolverState<T>): {
  state: ResolverState<T>;
  updating: boolean;
} {
  const last = useRef<ResolverState<T> | null>(null);
  if (state.status !== 'loading') last.current = state;
  const kept = last.current;
  if (state.status === 'loading' && kept?.status === 'ready')
    return { state: kept, updating: true };
  return { state, updating: false };
}
