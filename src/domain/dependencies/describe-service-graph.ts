import type { ServiceGraph } from './service-graph';

/** The picture of the services in words, for people who do not see it. */
export interface ServiceGraphText {
  /** One sentence or two per service, in draft order. */
  services: { id: string; text: string }[];
  /** One line per cycle: "Cycle: Orders → Payments → Orders". */
  cycles: string[];
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * Says what each service consumes and from whom, who consumes its outputs, which services are
 * connected to no other, and each cycle as a round of names.
 */
export function describeServiceGraph(graph: ServiceGraph): ServiceGraphText {
  const labels = new Map<string, string>([
    ...graph.services.map((service) => [service.id, service.label] as const),
    ...graph.externals.map((system) => [system.id, `the external system ${system.label}`] as const),
  ]);
  const nameOf = (id: string) => labels.get(id) ?? id;
  const services = graph.services.map((service) => {
    const consumed = graph.edges
      .filter((edge) => edge.consumer === service.id)
      .map((edge) => `${listInWords(edge.reads)} from ${nameOf(edge.producer)}`);
    const readers = graph.edges
      .filter((edge) => edge.producer === service.id)
      .map((edge) => nameOf(edge.consumer));
    const sentences = [
      consumed.length > 0
        ? `${service.label} consumes ${listInWords(consumed)}.`
        : `${service.label} consumes nothing from other services or external systems.`,
    ];
    if (readers.length > 0)
      sentences.push(
        `${listInWords(readers)} ${readers.length === 1 ? 'consumes' : 'consume'} its outputs.`,
      );
    if (service.isolated) sentences.push('It is not connected to any other service.');
    if (service.cycle !== null) sentences.push('It is on a dependency cycle.');
    return { id: service.id, text: sentences.join(' ') };
  });
  const cycles = graph.cycles.map(
    (cycle) => `Cycle: ${[...cycle.path, cycle.path[0] ?? ''].map(nameOf).join(' → ')}`,
  );
  return { services, cycles };
}
