import { fit, idHint } from '../wording';
import { hasFailSafe } from '../coverage';
import type { RuleSuggestion, SuggestionRule } from '../suggestion';
import { inputsOf, upstreamsOf } from '../upstreams';

export const retryPerUpstream: SuggestionRule = {
  id: 'retry-per-upstream',
  category: 'fail-safe',
  name: 'Retry with backoff for each upstream call',
  why: 'Most upstream failures are brief: a few retries with exponential backoff and jitter ride them out without a stampede.',
  suggest: ({ service, servicesById }) => {
    const upstreams = upstreamsOf(service, servicesById).filter((upstream) => upstream.called);
    return upstreams.flatMap((upstream): RuleSuggestion[] => {
      const hint = idHint(upstream.key, 'retry');
      const onlyOne = upstreams.length === 1;
      if (hasFailSafe(service, 'retry', { about: upstream.label, onlyOne, id: hint })) return [];
      return [
        {
          subject: upstream.key,
          title: `Retry calls to ${upstream.label} with backoff`,
          because: `The service calls ${inputsOf(upstream)}`,
          changes: [
            {
              kind: 'add-fail-safe',
              serviceId: service.id,
              idHint: hint,
              value: {
                kind: 'retry',
                note: fit(
                  `Retry calls to ${upstream.label} on 502, 503, 504 and timeouts: at most 3 tries, exponential backoff with jitter, honouring Retry-After`,
                ),
              },
            },
          ],
        },
      ];
    });
  },
};
