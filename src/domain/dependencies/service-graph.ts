import type { Service } from '../draft/scoping-schema';
import { dependencyLinks, type DraftServices } from './derive-dependencies';
import { orderServices } from './order-services';

/** A service of the draft as the picture shows it. */
export interface GraphService {
  id: string;
  /** Its position in the draft: the form opens it by this. */
  index: number;
  /** Its name, "Service N" while it has none, and "(service N)" after a name two services share. */
  label: string;
  /** The cycle (index into `cycles`) it is on, or null. */
  cycle: number | null;
  /** It neither consumes an output of another service of the draft nor feeds one. */
  isolated: boolean;
}

/** A system outside the breakdown that some service reads from (an input no service produces). */
export interface GraphExternal {
  /** `external:` and the system's name without case, so it never equals a service id. */
  id: string;
  label: string;
}

/** What flows from a producer (a service or an external system) to a service that consumes it. */
export interface GraphEdge {
  producer: string;
  consumer: string;
  /** The outputs (else the inputs) that carry it, by name, each once. */
  reads: string[];
  /** Both ends are on the same cycle. */
  cycle: boolean;
}

/** Services that depend on each other in a cycle. */
export interface GraphCycle {
  /** Ids in draft order. */
  members: string[];
  /** A shortest round from the first member back to it, in the direction outputs flow. */
  path: string[];
}

export interface ServiceGraph {
  services: GraphService[];
  externals: GraphExternal[];
  edges: GraphEdge[];
  cycles: GraphCycle[];
}

const UNNAMED_SYSTEM = 'Unnamed external system';

/**
 * The dependency graph of the draft's services, from the same links the plan and readiness use
 * (`dependencyLinks`, cycles from `orderServices`), plus the external systems services read.
 */
export function buildServiceGraph(draft: DraftServices): ServiceGraph {
  const services = uniqueById(draft.scoping.services);
  const { cycles: components } = orderServices(draft);
  const cycleOf = new Map(components.flatMap((ids, at) => ids.map((id) => [id, at] as const)));

  const edges = new Map<string, GraphEdge>();
  const addEdge = (producer: string, consumer: string, read: string) => {
    const key = `${producer}\u0000${consumer}`;
    const edge = edges.get(key) ?? {
      producer,
      consumer,
      reads: [],
      cycle: cycleOf.has(producer) && cycleOf.get(producer) === cycleOf.get(consumer),
    };
    if (!edge.reads.includes(read)) edge.reads.push(read);
    edges.set(key, edge);
  };
  const linked = new Set<string>();
  for (const link of dependencyLinks(draft)) {
    linked.add(link.consumerId).add(link.providerId);
    addEdge(link.providerId, link.consumerId, link.outputName?.trim() || inputName(link.input));
  }

  const externals = new Map<string, GraphExternal>();
  for (const { service } of services) {
    for (const input of service.inputs) {
      if (input.source.kind !== 'external') continue;
      const system = input.source.system.trim();
      const id = `external:${system.toLowerCase()}`;
      if (!externals.has(id)) externals.set(id, { id, label: system || UNNAMED_SYSTEM });
      addEdge(id, service.id, inputName(input));
    }
  }

  const allEdges = [...edges.values()];
  return {
    services: labelled(services).map(({ service, index, label }) => ({
      id: service.id,
      index,
      label,
      cycle: cycleOf.get(service.id) ?? null,
      isolated: !linked.has(service.id),
    })),
    externals: [...externals.values()],
    edges: allEdges,
    cycles: components.map((members) => ({ members, path: shortestRound(members, allEdges) })),
  };
}

const inputName = (input: { id: string; name: string }): string => input.name.trim() || input.id;

/** A draft being edited may repeat an id until validation stops it: the first one counts. */
function uniqueById(services: Service[]): { service: Service; index: number }[] {
  const seen = new Set<string>();
  return services.flatMap((service, index) => {
    if (seen.has(service.id)) return [];
    seen.add(service.id);
    return [{ service, index }];
  });
}

/** Labels as the form names services, told apart where two share a name. */
function labelled(
  services: { service: Service; index: number }[],
): { service: Service; index: number; label: string }[] {
  const nameOf = ({ service, index }: { service: Service; index: number }) =>
    service.name.trim() || `Service ${String(index + 1)}`;
  const count = new Map<string, number>();
  for (const entry of services) {
    const key = nameOf(entry).toLowerCase();
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return services.map((entry) => {
    const name = nameOf(entry);
    const shared = (count.get(name.toLowerCase()) ?? 0) > 1;
    return { ...entry, label: shared ? `${name} (service ${String(entry.index + 1)})` : name };
  });
}

/** Breadth-first from the first member along the cycle's own edges, back to it. */
function shortestRound(members: string[], edges: GraphEdge[]): string[] {
  const start = members[0];
  if (start === undefined) return [];
  const inCycle = new Set(members);
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (!inCycle.has(edge.producer) || !inCycle.has(edge.consumer)) continue;
    next.set(edge.producer, [...(next.get(edge.producer) ?? []), edge.consumer]);
  }
  const cameFrom = new Map<string, string>();
  const queue: string[] = [start];
  for (let at = 0; at < queue.length; at++) {
    const current: string = queue[at] ?? start;
    for (const following of next.get(current) ?? []) {
      if (following === start) {
        const path = [current];
        for (let back = cameFrom.get(current); back !== undefined; back = cameFrom.get(back)) {
          path.unshift(back);
        }
        return path;
      }
      if (!cameFrom.has(following) && following !== start) {
        cameFrom.set(following, current);
        queue.push(following);
      }
    }
  }
  return members;
}
