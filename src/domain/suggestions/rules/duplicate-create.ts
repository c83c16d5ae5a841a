import { aOrAn, idHint, listWithVerb } from '../wording';
import { hasFailureMode } from '../coverage';
import { createdResource, endpointLabel, isCreate, resourceKey } from '../endpoint-facts';
import { addFailureMode } from '../failure-mode-change';
import type { RuleSuggestion, SuggestionRule } from '../suggestion';

export const duplicateCreate: SuggestionRule = {
  id: 'duplicate-create',
  category: 'failure-mode',
  name: '409 for a create that repeats a key',
  why: 'A create with a natural key (an email, an order number) or an Idempotency-Key can collide with one already made: that is a 409, not a second record.',
  suggest: ({ service }) => {
    const byResource = new Map<string, { resource: string; endpoints: string[] }>();
    for (const endpoint of service.endpoints.filter(isCreate)) {
      const resource = createdResource(endpoint);
      const key = resourceKey(resource);
      const entry = byResource.get(key) ?? { resource, endpoints: [] };
      entry.endpoints.push(endpointLabel(endpoint));
      byResource.set(key, entry);
    }
    return [...byResource].flatMap(([key, { resource, endpoints }]): RuleSuggestion[] => {
      const hint = idHint(resource, 'already exists');
      if (hasFailureMode(service, [409], { about: resource, id: hint })) return [];
      return [
        {
          subject: key,
          title: `409 when the ${resource} already exists`,
          because: `${listWithVerb(endpoints, 'creates', 'create')} ${aOrAn(resource)}`,
          changes: [
            addFailureMode(
              service.id,
              hint,
              409,
              `The ${resource} already exists: the create repeats its natural key, or reuses an Idempotency-Key with another body`,
              `Answer 409 with a link to the existing ${resource}; a repeat with the same Idempotency-Key and body gets the first answer`,
            ),
          ],
        },
      ];
    });
  },
};
