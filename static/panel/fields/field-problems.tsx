import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { DraftProblem } from '../draft/draft-problems';

const ProblemsContext = createContext<ReadonlyMap<string, string[]>>(new Map());

/** Makes each field's validation messages available to the field at that path. */
export function FieldProblemsProvider({
  problems,
  children,
}: {
  problems: readonly DraftProblem[];
  children: ReactNode;
}) {
  const byPath = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const problem of problems) {
      const messages = map.get(problem.path) ?? [];
      if (!messages.includes(problem.message)) messages.push(problem.message);
      map.set(problem.path, messages);
    }
    return map;
  }, [problems]);
  return <ProblemsContext.Provider value={byPath}>{children}</ProblemsContext.Provider>;
}

/** The messages for the field at `path` (empty when it is fine). */
export function useFieldProblems(path: string): string[] {
  return useContext(ProblemsContext).get(path) ?? [];
}
