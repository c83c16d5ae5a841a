import { fit, idHint } from '../wording';
import { hasFailSafe } from '../coverage';
import type { RuleSuggestion, SuggestionRule } from '../suggestion';
import { inputsOf, upstreamsOf } from '../upstreams';

export const circuitBreakerForExternal: SuggestionRule = {
  id: 'circuit-breaker-for-external',
  category: 'fail-safe',
  name: 'A circuit breaker for an external dependency',
  why: 'An external system fails on its own schedule: a circuit breaker stops calling it while it is down, so your service fails fast instead of queueing up.',
  suggest: ({ service, servicesById }) => {
    const externals = upstreamsOf(service, servicesById).filter(
      (upstream) => upstream.kind === 'external' && upstream.called,
    );
    return externals.flatMap((upstream): RuleSuggestion[] => {
      const hint = idHint(upstream.key, 'circuit breaker');
      const onlyOne = externals.length === 1;
      const about = upstream.label;
      if (hasFailSafe(service, 'circuit-breaker', { about, onlyOne, id: hint })) return [];
      return [
        {
          subject: upstream.key,
          title: `Break the circuit to ${upstream.label}`,
          because: `${inputsOf(upstream)} comes from an external system`,
          changes: [
            {
              kind: 'add-fail-safe',
              serviceId: service.id,
              idHint: hint,
              value: {
                kind: 'circuit-breaker',
                note: fit(
                  `Open the circuit to ${upstream.label} after 5 failures in a row; answer 503 at once while open, try one call again after 30 s`,
                ),
              },
            },
          ],
        },
      ];
    });
  },
};
