import type { Draft } from '../draft/draft-schema';
import type { ServiceInput } from '../draft/scoping-schema';

/** The services one service depends on: those whose outputs feed its inputs. */
export interface ServiceDependencies {
  serviceId: string;
  /** Ids of existing services, in draft order, without repeats and without the service itself. */
  dependsOn: string[];
}

/** One input of a service fed by another service of the draft: what makes a dependency. */
export interface DependencyLink {
  consumerId: string;
  providerId: string;
  input: ServiceInput;
  /** The provider's output that feeds the input, when the team named one the provider has. */
  outputName?: string;
}

/** Only what the dependency rule reads, so the Scoping form can ask with what it holds. */
export type DraftServices = Pick<Draft, 'scoping'>;

/**
 * The rule every dependency comes from: an input whose source is service A links its service to
 * A. Sources naming no service of the draft are left out (readiness reports them), and so is a
 * service naming itself (it cannot wait for itself). Links come in draft order.
 */
export function dependencyLinks(draft: DraftServices): DependencyLink[] {
  const services = draft.scoping.services;
  const byId = new Map(services.map((service) => [service.id, service]));
  return services.flatMap((service) =>
    service.inputs.flatMap((input): DependencyLink[] => {
      if (input.source.kind !== 'service') return [];
      const { serviceId, outputId } = input.source;
      const provider = byId.get(serviceId);
      if (!provider || provider.id === service.id) return [];
      const output = provider.outputs.find((candidate) => candidate.id === outputId);
      const link = { consumerId: service.id, providerId: provider.id, input };
      return [output ? { ...link, outputName: output.name } : link];
    }),
  );
}

/** Each service's providers (see `dependencyLinks`), in draft order. */
export function deriveDependencies(draft: DraftServices): ServiceDependencies[] {
  const services = draft.scoping.services;
  const position = new Map(services.map((service, index) => [service.id, index]));
  const providers = new Map(services.map((service) => [service.id, new Set<string>()]));
  for (const link of dependencyLinks(draft)) providers.get(link.consumerId)?.add(link.providerId);
  return services.map((service) => ({
    serviceId: service.id,
    dependsOn: [...(providers.get(service.id) ?? [])].sort(
      (a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0),
    ),
  }));
}

/** For each service id, the ids of the services that depend on it, in draft order. */
export function deriveDependents(draft: DraftServices): Map<string, string[]> {
  const dependents = new Map<string, string[]>(draft.scoping.services.map((s) => [s.id, []]));
  for (const { serviceId, dependsOn } of deriveDependencies(draft)) {
    for (const provider of dependsOn) dependents.get(provider)?.push(serviceId);
  }
  return dependents;
}
