import type { Draft } from '../draft/draft-schema';
import { DRAFT_LIMITS as L } from '../draft/limits';
import { allSuggestionsFor } from './suggest';

export type DismissResult = { ok: true; draft: Draft } | { ok: false; message: string };

/**
 * Remembers in the draft that the team does not want suggestion `suggestionId` for the service.
 * Dismissals the rules no longer produce (their endpoint was removed, say) are dropped on the
 * way, so the remembered list stays within its limit as the draft changes.
 */
export function dismissSuggestion(
  draft: Draft,
  serviceId: string,
  suggestionId: string,
): DismissResult {
  const service = draft.scoping.services.find((s) => s.id === serviceId);
  if (!service) return { ok: false, message: 'The service is no longer in the draft.' };
  const current = new Set(allSuggestionsFor(draft, service).map((s) => s.id));
  if (!current.has(suggestionId)) {
    return { ok: false, message: 'This suggestion no longer applies to the draft.' };
  }
  const kept = (service.dismissedSuggestions ?? []).filter(
    (id) => current.has(id) && id !== suggestionId,
  );
  if (kept.length >= L.dismissedSuggestions) {
    return {
      ok: false,
      message: `At most ${String(L.dismissedSuggestions)} suggestions can be dismissed for one service.`,
    };
  }
  const dismissedSuggestions = [...kept, suggestionId];
  return {
    ok: true,
    draft: {
      ...draft,
      scoping: {
        ...draft.scoping,
        services: draft.scoping.services.map((s) =>
          s.id === serviceId ? { ...s, dismissedSuggestions } : s,
        ),
      },
    },
  };
}

/** Offers a service's dismissed suggestions again. */
export function restoreDismissed(draft: Draft, serviceId: string): Draft {
  return {
    ...draft,
    scoping: {
      ...draft.scoping,
      services: draft.scoping.services.map((s) => {
        if (s.id !== serviceId) return s;
        const { dismissedSuggestions: _, ...rest } = s;
        return rest;
      }),
    },
  };
}
