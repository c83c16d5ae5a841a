import { FILL_IN, fit, idHint } from '../wording';
import { hasFailSafe } from '../coverage';
import type { RuleSuggestion, SuggestionRule } from '../suggestion';
import { inputsOf, upstreamsOf } from '../upstreams';

export const timeoutPerUpstream: SuggestionRule = {
  id: 'timeout-per-upstream',
  category: 'fail-safe',
  name: 'A timeout for each upstream call',
  why: 'A call without a timeout waits as long as the slowest upstream: every call needs its own bound, shorter than the caller’s.',
  suggest: ({ service, servicesById }) => {
    const upstreams = upstreamsOf(service, servicesById).filter((upstream) => upstream.called);
    return upstreams.flatMap((upstream): RuleSuggestion[] => {
      const hint = idHint(upstream.key, 'timeout');
      const onlyOne = upstreams.length === 1;
      if (hasFailSafe(service, 'timeout', { about: upstream.label, onlyOne, id: hint })) return [];
      return [
        {
          subject: upstream.key,
          title: `Time out calls to ${upstream.label}`,
          because: `The service calls ${inputsOf(upstream)}`,
          changes: [
            {
              kind: 'add-fail-safe',
              serviceId: service.id,
              idHint: hint,
              value: {
                kind: 'timeout',
                note: fit(
                  `Calls to ${upstream.label} time out after ${FILL_IN} ms (set the bound)`,
                ),
              },
            },
          ],
        },
      ];
    });
  },
};
