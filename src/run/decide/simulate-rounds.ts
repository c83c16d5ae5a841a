/**
 * Counts the round trips on the critical path of a set of dependent requests run with at most
 * `concurrency` in flight, assuming every request takes the same time. The scheduler uses it to
 * compare strategies; the executor dispatches in the same priority order.
 */

export interface Task {
  id: string;
  dependsOn: readonly string[];
}

/** Longest chain of tasks from each task to the end (itself included): run tall tasks first. */
export function heights(tasks: readonly Task[]): Map<string, number> {
  const dependents = new Map<string, string[]>();
  for (const t of tasks)
    for (const d of t.dependsOn) dependents.set(d, [...(dependents.get(d) ?? []), t.id]);
  const memo = new Map<string, number>();
  const height = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const h = 1 + Math.max(0, ...(dependents.get(id) ?? []).map(height));
    memo.set(id, h);
    return h;
  };
  for (const t of tasks) height(t.id);
  return memo;
}

export function simulateRounds(tasks: readonly Task[], concurrency: number): number {
  const height = heights(tasks);
  const done = new Set<string>();
  const pending = [...tasks];
  let rounds = 0;
  while (pending.length > 0) {
    const ready = pending
      .filter((t) => t.dependsOn.every((d) => done.has(d) || !tasks.some((x) => x.id === d)))
      .sort((a, b) => (height.get(b.id) ?? 0) - (height.get(a.id) ?? 0));
    if (ready.length === 0) throw new Error('tasks have a dependency cycle');
    const started = ready.slice(0, Math.max(1, concurrency));
    for (const t of started) {
      done.add(t.id);
      pending.splice(pending.indexOf(t), 1);
    }
    rounds++;
  }
  return rounds;
}
