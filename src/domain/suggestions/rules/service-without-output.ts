import { fit, idHint } from '../wording';
import { DRAFT_LIMITS as L } from '../../draft/limits';
import { endpointLabel } from '../endpoint-facts';
import { API_CLIENTS } from './output-without-consumer';
import type { SuggestionChange, SuggestionRule } from '../suggestion';

const ANSWERS_WITH_BODY = new Set(['GET', 'POST', 'PUT', 'PATCH']);

export const serviceWithoutOutput: SuggestionRule = {
  id: 'service-without-output',
  category: 'gap',
  name: 'Outputs from the endpoints',
  why: 'The contract ticket lists what a service gives back: each endpoint’s answer is an output its callers read.',
  suggest: ({ service }) => {
    if (service.outputs.length > 0 || service.endpoints.length === 0) return [];
    const answering = service.endpoints.filter((e) => ANSWERS_WITH_BODY.has(e.method));
    const endpoints = answering.length > 0 ? answering : service.endpoints.slice(0, 1);
    const names = [...new Set(endpoints.map((e) => fit(`${endpointLabel(e)} response`, L.name)))];
    const changes = names.slice(0, L.outputs).map((name): SuggestionChange => ({
      kind: 'add-output',
      serviceId: service.id,
      idHint: idHint(name),
      value: { name, consumers: [API_CLIENTS] },
    }));
    return [
      {
        subject: 'endpoints',
        title: `Add outputs: ${fit(names.join(', '), 160)}`,
        because: 'The service has endpoints but no outputs',
        changes,
      },
    ];
  },
};
