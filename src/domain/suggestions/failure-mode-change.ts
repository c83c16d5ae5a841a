import { DRAFT_LIMITS as L } from '../draft/limits';
import { slugify } from '../draft/draft-id';
import { statusInfo } from '../http/http-status-catalog';
import { cutSummary } from '../text/summary';
import type { SuggestionChange } from './suggestion';

/** Cuts a generated line to the draft's limit for it, so an accepted suggestion always saves. */
export const fit = (text: string, max: number = L.line) => cutSummary(text, max);

/** A kebab-case id hint within the draft's id limit. */
export const idHint = (...words: string[]) => slugify(words.join(' '));

/** Adds a failure mode; whether a client may retry comes from the HTTP status catalog. */
export function addFailureMode(
  serviceId: string,
  hint: string,
  status: number,
  condition: string,
  behaviour: string,
): SuggestionChange {
  return {
    kind: 'add-failure-mode',
    serviceId,
    idHint: hint,
    value: {
      condition: fit(condition),
      status,
      behaviour: fit(behaviour),
      retryable: statusInfo(status)?.retryable ?? status >= 500,
    },
  };
}
