import { useCallback, useEffect, useState } from 'react';
import type { ResolverError, ResolverInput, ResolverKey, ResolverOutput } from '../../src/contract';
import { call } from './invoke';

export type ResolverState<T> =
  { status: 'loading' } | { status: 'error'; error: ResolverError } | { status: 'ready'; data: T };

/** Calls a resolver when the component mounts; `reload` calls it again. */
export function useResolver<K extends ResolverKey>(
  key: K,
  input: ResolverInput<K>,
): [ResolverState<ResolverOutput<K>>, () => void] {
  const [state, setState] = useState<ResolverState<ResolverOutput<K>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const serialisedInput = JSON.stringify(input);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void call(key, JSON.parse(serialisedInput) as ResolverInput<K>).then((answer) => {
      if (!live) return;
      setState(
        answer.ok
          ? { status: 'ready', data: answer.data }
          : { status: 'error', error: answer.error },
      );
    });
    return () => {
      live = false;
    };
  }, [key, serialisedInput, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
}
