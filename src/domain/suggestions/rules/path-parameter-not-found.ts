import { aOrAn, idHint, listWithVerb } from '../wording';
import { endpointLabel, resourceKey, resourceParameters } from '../endpoint-facts';
import { hasFailureMode } from '../coverage';
import { addFailureMode } from '../failure-mode-change';
import type { RuleSuggestion, SuggestionRule } from '../suggestion';

export const pathParameterNotFound: SuggestionRule = {
  id: 'path-parameter-not-found',
  category: 'failure-mode',
  name: '404 for a resource named in the path',
  why: 'When the record is not found, send a 404: an unknown id must not surface as a 500 or an empty 200.',
  suggest: ({ service }) => {
    const byResource = new Map<string, { resource: string; param: string; endpoints: string[] }>();
    for (const endpoint of service.endpoints) {
      for (const { name, resource } of resourceParameters(endpoint.path)) {
        const key = resourceKey(resource);
        const entry = byResource.get(key) ?? { resource, param: name, endpoints: [] };
        entry.endpoints.push(endpointLabel(endpoint));
        byResource.set(key, entry);
      }
    }
    return [...byResource].flatMap(([key, { resource, param, endpoints }]): RuleSuggestion[] => {
      const hint = idHint(resource, 'not found');
      if (hasFailureMode(service, [404, 410], { about: resource, id: hint })) return [];
      return [
        {
          subject: key,
          title: `404 when the ${resource} in the path is not found`,
          because: `${listWithVerb(endpoints, 'names', 'name')} ${aOrAn(resource)} in the path ({${param}})`,
          changes: [
            addFailureMode(
              service.id,
              hint,
              404,
              `The ${resource} named in the path ({${param}}) is not found`,
              `Answer 404 with a problem+json body naming the id; answer 404 too when the caller may not see that ${resource}`,
            ),
          ],
        },
      ];
    });
  },
};
