import type { Draft } from '../draft/draft-schema';
import type { Service } from '../draft/scoping-schema';
import type { Suggestion } from './suggestion';
import { SUGGESTION_RULES } from './suggestion-rules';

/**
 * Every suggestion the rules make for one service, dismissed ones included: what is offered
 * is this less the service's `dismissedSuggestions`.
 */
export function allSuggestionsFor(draft: Draft, service: Service): Suggestion[] {
  const servicesById = new Map(draft.scoping.services.map((s) => [s.id, s]));
  const context = { draft, service, servicesById };
  const seen = new Set<string>();
  return SUGGESTION_RULES.flatMap((rule) =>
    rule.suggest(context).flatMap((found): Suggestion[] => {
      const id = `${rule.id}:${found.subject}`;
      // Two subjects that slug alike ("Order" and "order") are one suggestion.
      if (seen.has(id)) return [];
      seen.add(id);
      return [
        {
          id,
          serviceId: service.id,
          ruleId: rule.id,
          category: rule.category,
          rule: rule.name,
          title: found.title,
          why: rule.why,
          because: found.because,
          changes: found.changes,
        },
      ];
    }),
  );
}

/**
 * The suggestions offered for the draft: per service in draft order, rule by rule, none the team
 * dismissed and none the draft already answers. `serviceId` limits them to one service (an
 * unknown id gives none). Pure: the same draft always gives the same suggestions.
 */
export function suggest(draft: Draft, serviceId?: string): Suggestion[] {
  return draft.scoping.services
    .filter((service) => serviceId === undefined || service.id === serviceId)
    .flatMap((service) => {
      const dismissed = new Set(service.dismissedSuggestions ?? []);
      return allSuggestionsFor(draft, service).filter((s) => !dismissed.has(s.id));
    });
}
