import { deriveDependencies, type DraftServices } from './derive-dependencies';

export interface ServiceOrder {
  /** Every service id once; a service comes after the services it depends on, cycles aside. */
  order: string[];
  /** Each dependency cycle as the ids of its services in draft order; empty when there is none. */
  cycles: string[][];
}

/**
 * Orders services topologically by dependency. Among services that are free to go next, the
 * one written first in the draft goes first, so the order is deterministic and follows the
 * team's own order where dependencies allow. Cycles are reported, not thrown: when only
 * services on cycles remain, the first written of them goes next.
 */
export function orderServices(draft: DraftServices): ServiceOrder {
  const dependencies = deriveDependencies(draft);
  const ids = dependencies.map((entry) => entry.serviceId);
  const waitingOn = new Map(
    dependencies.map((entry) => [entry.serviceId, new Set(entry.dependsOn)]),
  );
  const placed = new Set<string>();
  const order: string[] = [];
  while (order.length < ids.length) {
    const remaining = ids.filter((id) => !placed.has(id));
    const next =
      remaining.find((id) => [...(waitingOn.get(id) ?? [])].every((dep) => placed.has(dep))) ??
      remaining[0];
    if (next === undefined) break;
    placed.add(next);
    order.push(next);
  }
  return { order, cycles: findCycles(ids, waitingOn) };
}

/** Tarjan's strongly connected components; each component of two or more services is a cycle. */
function findCycles(ids: string[], edges: Map<string, Set<string>>): string[][] {
  const position = new Map(ids.map((id, index) => [id, index]));
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;

  const visit = (id: string): void => {
    index.set(id, counter);
    lowLink.set(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
    for (const next of edges.get(id) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(id, Math.min(lowLink.get(id) ?? 0, lowLink.get(next) ?? 0));
      } else if (onStack.has(next)) {
        lowLink.set(id, Math.min(lowLink.get(id) ?? 0, index.get(next) ?? 0));
      }
    }
    if (lowLink.get(id) === index.get(id)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== id);
      if (component.length > 1) components.push(component);
    }
  };

  for (const id of ids) if (!index.has(id)) visit(id);
  const byPosition = (a: string, b: string) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  return components
    .map((component) => component.sort(byPosition))
    .sort((a, b) => byPosition(a[0] ?? '', b[0] ?? ''));
}
