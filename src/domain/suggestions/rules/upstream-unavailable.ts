import type { SuggestionRule } from '../suggestion';
import { upstreamFailureModes } from '../upstream-failure-mode';

export const upstreamUnavailable: SuggestionRule = {
  id: 'upstream-unavailable',
  category: 'failure-mode',
  name: '503 when an upstream is unavailable',
  why: 'Every service you call will be down some day: answer 503 with Retry-After so clients back off instead of hammering.',
  suggest: (context) =>
    upstreamFailureModes(context, {
      status: 503,
      what: 'is unavailable',
      condition: (upstream) => `${upstream} is unavailable`,
      behaviour: (upstream) =>
        `Answer 503 with Retry-After; do not hold the caller while ${upstream} is down`,
    }),
};
