import { aOrAn, idHint, listWithVerb } from '../wording';
import { hasFailureMode } from '../coverage';
import { endpointLabel, isUpdateOfOne, resourceKey, resourceParameters } from '../endpoint-facts';
import { addFailureMode } from '../failure-mode-change';
import type { RuleSuggestion, SuggestionRule } from '../suggestion';

export const staleConditionalUpdate: SuggestionRule = {
  id: 'stale-conditional-update',
  category: 'failure-mode',
  name: '412 for an update based on a stale version',
  why: 'Two clients updating the same record at once lose one change unless updates are conditional (If-Match), which answers 412 when stale.',
  suggest: ({ service }) => {
    const byResource = new Map<string, { resource: string; endpoints: string[] }>();
    for (const endpoint of service.endpoints.filter(isUpdateOfOne)) {
      const resource = resourceParameters(endpoint.path).at(-1)?.resource ?? 'resource';
      const key = resourceKey(resource);
      const entry = byResource.get(key) ?? { resource, endpoints: [] };
      entry.endpoints.push(endpointLabel(endpoint));
      byResource.set(key, entry);
    }
    return [...byResource].flatMap(([key, { resource, endpoints }]): RuleSuggestion[] => {
      const hint = idHint(resource, 'stale version');
      if (hasFailureMode(service, [412], { about: resource, id: hint })) return [];
      return [
        {
          subject: key,
          title: `412 when an update of ${aOrAn(resource)} is based on a stale version`,
          because: `${listWithVerb(endpoints, 'updates', 'update')} one ${resource}`,
          changes: [
            addFailureMode(
              service.id,
              hint,
              412,
              `The If-Match version is stale: the ${resource} changed since the caller read it`,
              'Answer 412 with the current ETag; the client reads again and re-applies its change',
            ),
          ],
        },
      ];
    });
  },
};
