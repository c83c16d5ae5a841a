import type { Service } from '../../draft/scoping-schema';
import type { Template } from '../../template/template-schema';
import {
  isBlank,
  serviceLabel,
  servicePath,
  type ReadinessRule,
  type RuleHit,
} from '../readiness-rule';

export const noServices: ReadinessRule = {
  id: 'no-services',
  title: 'Scoping names at least one service',
  check: (draft) =>
    draft.scoping.services.length === 0
      ? [{ message: 'Scoping names no service yet', path: 'scoping.services' }]
      : [],
};

export const serviceWithoutName: ReadinessRule = {
  id: 'service-without-name',
  title: 'Every service has a name',
  check: (draft) =>
    draft.scoping.services.flatMap((service, index) =>
      isBlank(service.name)
        ? [{ message: `Service ${index + 1} has no name`, path: `${servicePath(index)}.name` }]
        : [],
    ),
};

/** A rule for one list every service must fill in. */
function serviceNeeds(
  id: ReadinessRule['id'],
  list: 'inputs' | 'outputs' | 'failureModes' | 'successCriteria',
  what: string,
): ReadinessRule {
  return {
    id,
    title: `Every service has ${what}`,
    check: (draft) =>
      draft.scoping.services.flatMap((service: Service, index): RuleHit[] =>
        service[list].length === 0
          ? [
              {
                message: `${serviceLabel(service, index)} has no ${what.replace(/^(an?|at least one) /, '')}`,
                path: `${servicePath(index)}.${list}`,
              },
            ]
          : [],
      ),
  };
}

export const serviceWithoutInput = serviceNeeds('service-without-input', 'inputs', 'an input');
export const serviceWithoutOutput = serviceNeeds('service-without-output', 'outputs', 'an output');
export const serviceWithoutFailureMode = serviceNeeds(
  'service-without-failure-mode',
  'failureModes',
  'a failure mode',
);
export const serviceWithoutSuccessCriterion = serviceNeeds(
  'service-without-success-criterion',
  'successCriteria',
  'a success criterion',
);

export const duplicateServiceName: ReadinessRule = {
  id: 'duplicate-service-name',
  title: 'Service names are unique',
  check: (draft) => {
    const firstWithName = new Map<string, number>();
    return draft.scoping.services.flatMap((service, index) => {
      const key = service.name.trim().toLowerCase().replace(/\s+/g, ' ');
      if (key === '') return [];
      const first = firstWithName.get(key);
      if (first === undefined) {
        firstWithName.set(key, index);
        return [];
      }
      return [
        {
          message: `${serviceLabel(service, index)} is named like service ${first + 1}`,
          path: `${servicePath(index)}.name`,
        },
      ];
    });
  },
};

/** A blank path is `blank-endpoint-path`'s, which always blocks. */
export const endpointWithoutPath: ReadinessRule = {
  id: 'endpoint-without-path',
  title: 'Every endpoint has a path starting with "/"',
  check: (draft) =>
    draft.scoping.services.flatMap((service, s) =>
      service.endpoints.flatMap((endpoint, e) =>
        isBlank(endpoint.path) || endpoint.path.trim().startsWith('/')
          ? []
          : [
              {
                message: `${serviceLabel(service, s)} has a ${endpoint.method} endpoint without a path starting with "/"`,
                path: `${servicePath(s)}.endpoints[${e}].path`,
              },
            ],
      ),
    ),
};

/** Sections that list a service's endpoints. */
const ENDPOINT_SECTIONS: ReadonlySet<string> = new Set([
  'endpoints',
  'endpoint-openapi',
  'service-openapi',
]);

/** What a template's service items make of a service's endpoints, if they list them at all. */
function endpointTickets(template: Template | undefined): 'contract' | 'per-endpoint' | undefined {
  const items = template?.serviceItems ?? [];
  if (items.some((item) => item.perEndpoint)) return 'per-endpoint';
  const lists = items.some((item) =>
    item.sections.some((section) => ENDPOINT_SECTIONS.has(section.kind)),
  );
  return lists ? 'contract' : undefined;
}

/**
 * A service without endpoints, when the template's tickets list them: its contract ticket would
 * have no endpoints to agree on (or, per endpoint, it gets no sub-task at all). A service that
 * only consumes and publishes events may have none: so a warning, unless the template blocks.
 */
export const serviceWithoutEndpoint: ReadinessRule = {
  id: 'service-without-endpoint',
  title: 'Every service has an endpoint, when the template writes tickets about endpoints',
  check: (draft, context) => {
    const tickets = endpointTickets(context.template);
    if (!tickets) return [];
    return draft.scoping.services.flatMap((service, index): RuleHit[] =>
      service.endpoints.length > 0
        ? []
        : [
            {
              message:
                tickets === 'per-endpoint'
                  ? `${serviceLabel(service, index)} has no endpoint, so it gets no endpoint sub-task: add the endpoints it serves, or pick a template for services that only work through events`
                  : `${serviceLabel(service, index)} has no endpoint, so its contract covers only its inputs and outputs: add the endpoints it serves, or leave it so if it works through events alone`,
              path: `${servicePath(index)}.endpoints`,
            },
          ],
    );
  },
};
