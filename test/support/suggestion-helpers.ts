/** Helpers for suggestion tests: ids of what the rules offer, and accepting all of it. */
import { acceptSuggestion, suggest, type Draft, type Suggestion } from '../../src/domain';

/** The offered suggestions' ids, per service: `orders/path-parameter-not-found:order`. */
export const suggestionIds = (draft: Draft, serviceId?: string): string[] =>
  suggest(draft, serviceId).map((s) => `${s.serviceId}/${s.id}`);

/** The one offered suggestion with this id; fails the test when there is none. */
export function theSuggestion(draft: Draft, serviceId: string, id: string): Suggestion {
  const found = suggest(draft, serviceId).find((s) => s.id === id);
  if (!found) {
    throw new Error(
      `No suggestion "${id}" for ${serviceId}; offered: ${suggestionIds(draft).join(', ')}`,
    );
  }
  return found;
}

/** Accepts a suggestion that must apply. */
export function accepted(draft: Draft, serviceId: string, id: string): Draft {
  const result = acceptSuggestion(draft, serviceId, id);
  if (!result.ok) throw new Error(`Accepting ${serviceId}/${id} failed: ${result.message}`);
  return result.draft;
}

/**
 * Accepts every offered suggestion, round after round (accepting a failure mode brings the
 * suggestion of its criterion), until none is left; answers the draft and the rounds it took.
 */
export function acceptEverything(draft: Draft, maxRounds = 10): { draft: Draft; rounds: number } {
  let current = draft;
  for (let round = 1; round <= maxRounds; round++) {
    const offered = suggest(current);
    if (offered.length === 0) return { draft: current, rounds: round - 1 };
    for (const suggestion of offered) {
      const result = acceptSuggestion(current, suggestion.serviceId, suggestion.id);
      if (result.ok) current = result.draft;
    }
  }
  throw new Error(`Suggestions were still offered after ${String(maxRounds)} rounds`);
}
