import { serviceLabel, servicePath, type ReadinessRule } from '../readiness-rule';

export const inputFromUnknownService: ReadinessRule = {
  id: 'input-from-unknown-service',
  title: 'Inputs come from services that exist',
  check: (draft) => {
    const ids = new Set(draft.scoping.services.map((service) => service.id));
    return draft.scoping.services.flatMap((service, s) =>
      service.inputs.flatMap((input, i) =>
        input.source.kind === 'service' && !ids.has(input.source.serviceId)
          ? [
              {
                message: `The input "${input.name.trim()}" of ${serviceLabel(service, s)} comes from a service that is not in the draft ("${input.source.serviceId}")`,
                path: `${servicePath(s)}.inputs[${i}].source`,
              },
            ]
          : [],
      ),
    );
  },
};

export const dependencyCycle: ReadinessRule = {
  id: 'dependency-cycle',
  title: 'Services do not depend on each other in a cycle',
  check: (draft, { order }) => {
    const services = draft.scoping.services;
    const indexOf = new Map(services.map((service, index) => [service.id, index]));
    return order.cycles.map((cycle) => {
      const names = cycle.map((id) => {
        const index = indexOf.get(id) ?? 0;
        const service = services[index];
        return service ? serviceLabel(service, index) : id;
      });
      const first = indexOf.get(cycle[0] ?? '') ?? 0;
      return {
        message: `These services depend on each other in a cycle: ${names.join(' → ')} → ${names[0] ?? ''}`,
        path: `${servicePath(first)}.inputs`,
      };
    });
  },
};
