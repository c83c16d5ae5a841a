import { DRAFT_LIMITS as L } from '../../draft/limits';
import { endpointLabel, pathParameterNames, takesBody } from '../endpoint-facts';
import type { SuggestionChange, SuggestionRule } from '../suggestion';
import { fit, idHint } from '../wording';

export const serviceWithoutInput: SuggestionRule = {
  id: 'service-without-input',
  category: 'gap',
  name: 'Inputs from the endpoints',
  why: 'The contract ticket lists what a service reads: its endpoints already say what callers send.',
  suggest: ({ service }) => {
    const first = service.endpoints[0];
    if (service.inputs.length > 0 || first === undefined) return [];
    const seeds = new Map<string, { name: string; format: string }>();
    for (const endpoint of service.endpoints) {
      for (const name of pathParameterNames(endpoint.path)) {
        seeds.set(`path ${name}`, { name, format: `path parameter: ${name}` });
      }
      if (takesBody(endpoint)) {
        const name = `${endpointLabel(endpoint)} request`;
        seeds.set(name, { name, format: 'JSON body' });
      }
    }
    if (seeds.size === 0) {
      const name = `${endpointLabel(first)} request`;
      seeds.set(name, { name, format: 'query parameters, if any' });
    }
    const changes = [...seeds.values()].slice(0, L.inputs).map((seed): SuggestionChange => ({
      kind: 'add-input',
      serviceId: service.id,
      idHint: idHint(seed.name),
      value: { name: fit(seed.name, L.name), source: { kind: 'client' }, format: fit(seed.format) },
    }));
    const names = changes.flatMap((change) =>
      change.kind === 'add-input' ? [change.value.name] : [],
    );
    return [
      {
        subject: 'endpoints',
        title: `Add inputs: ${fit(names.join(', '), 160)}`,
        because: 'The service has endpoints but no inputs',
        changes,
      },
    ];
  },
};
