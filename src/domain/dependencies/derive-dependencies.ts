import type { Draft } from '../draft/draft-schema';

/** The services one service depends on: those whose outputs feed its inputs. */
export interface ServiceDependencies {
  serviceId: string;
  /** Ids of existing services, in draft order, without repeats and without the service itself. */
  dependsOn: string[];
}

/**
 * Derives dependencies from inputs: an input whose source is service A makes A a dependency
 * of the service that owns the input. Sources naming no service of the draft are left out
 * (readiness reports them). Entries come in draft order.
 */
export function deriveDependencies(draft: Draft): ServiceDependencies[] {
  const services = draft.scoping.services;
  const position = new Map(services.map((service, index) => [service.id, index]));
  return services.map((service) => {
    const providers = new Set<string>();
    for (const input of service.inputs) {
      if (input.source.kind !== 'service') continue;
      const provider = input.source.serviceId;
      if (provider !== service.id && position.has(provider)) providers.add(provider);
    }
    const dependsOn = [...providers].sort(
      (a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0),
    );
    return { serviceId: service.id, dependsOn };
  });
}

/** For each service id, the ids of the services that depend on it, in draft order. */
export function deriveDependents(draft: Draft): Map<string, string[]> {
  const dependents = new Map<string, string[]>(draft.scoping.services.map((s) => [s.id, []]));
  for (const { serviceId, dependsOn } of deriveDependencies(draft)) {
    for (const provider of dependsOn) dependents.get(provider)?.push(serviceId);
  }
  return dependents;
}
