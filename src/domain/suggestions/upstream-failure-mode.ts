import { idHint } from './wording';
import { hasFailureMode } from './coverage';
import { addFailureMode } from './failure-mode-change';
import type { RuleSuggestion, SuggestionContext } from './suggestion';
import { inputsOf, upstreamsOf } from './upstreams';

interface UpstreamFailure {
  status: 502 | 503 | 504;
  what: string;
  condition: (upstream: string) => string;
  behaviour: (upstream: string) => string;
}

/**
 * One failure mode per upstream the service calls (events on a queue aside: nobody waits for
 * their answer). With a single upstream, any failure mode with the status answers the suggestion.
 */
export function upstreamFailureModes(
  { service, servicesById }: SuggestionContext,
  failure: UpstreamFailure,
): RuleSuggestion[] {
  const upstreams = upstreamsOf(service, servicesById).filter((upstream) => upstream.called);
  return upstreams.flatMap((upstream): RuleSuggestion[] => {
    const hint = idHint(upstream.key, String(failure.status));
    const about = upstreams.length === 1 ? undefined : upstream.label;
    if (hasFailureMode(service, [failure.status], { about, id: hint })) return [];
    return [
      {
        subject: upstream.key,
        title: `${String(failure.status)} when ${upstream.label} ${failure.what}`,
        because: `The service takes input from ${inputsOf(upstream)}`,
        changes: [
          addFailureMode(
            service.id,
            hint,
            failure.status,
            failure.condition(upstream.label),
            failure.behaviour(upstream.label),
          ),
        ],
      },
    ];
  });
}
