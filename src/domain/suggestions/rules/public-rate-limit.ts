import { hasFailureMode } from '../coverage';
import { addFailureMode } from '../failure-mode-change';
import type { SuggestionRule } from '../suggestion';

export const publicRateLimit: SuggestionRule = {
  id: 'public-rate-limit',
  category: 'failure-mode',
  name: '429 for a public endpoint',
  why: 'Anyone can call a public endpoint as often as they like: a rate limit with 429 and Retry-After keeps one caller from starving the rest.',
  suggest: ({ service }) => {
    const hint = 'rate-limited';
    if (service.publicFacing !== true || service.endpoints.length === 0) return [];
    if (hasFailureMode(service, [429], { id: hint })) return [];
    return [
      {
        subject: 'caller',
        title: '429 when a caller sends too many requests',
        because: 'The service is marked as open to the public',
        changes: [
          addFailureMode(
            service.id,
            hint,
            429,
            'The caller sends too many requests and is over its rate limit',
            'Answer 429 with Retry-After in seconds; count per caller, not per server',
          ),
        ],
      },
    ];
  },
};
