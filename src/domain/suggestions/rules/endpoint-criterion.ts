import { FILL_IN, fit, idHint } from '../wording';
import { endpointLabel, successStatus } from '../endpoint-facts';
import type { RuleSuggestion, SuggestionRule } from '../suggestion';

export const endpointCriterion: SuggestionRule = {
  id: 'endpoint-criterion',
  category: 'success-criterion',
  name: 'A success criterion for each endpoint',
  why: 'Each endpoint needs a check that it answers as designed, and how fast: the team fills in the latency target.',
  suggest: ({ service }) => {
    const checked = new Set(
      service.successCriteria.flatMap((c) => (c.tiedTo?.kind === 'endpoint' ? [c.tiedTo.id] : [])),
    );
    return service.endpoints.flatMap((endpoint): RuleSuggestion[] => {
      if (checked.has(endpoint.id)) return [];
      const label = endpointLabel(endpoint);
      const status = String(successStatus(endpoint));
      return [
        {
          subject: endpoint.id,
          title: `${label} answers ${status} within a latency target`,
          because: `No success criterion is tied to ${label}`,
          changes: [
            {
              kind: 'add-success-criterion',
              serviceId: service.id,
              idHint: idHint(endpoint.id, 'succeeds'),
              value: {
                statement: fit(`${label} answers ${status} within ${FILL_IN} ms at p95`),
                tiedTo: { kind: 'endpoint', id: endpoint.id },
              },
            },
          ],
        },
      ];
    });
  },
};
