import { slugify } from '../draft/draft-id';
import { DRAFT_LIMITS as L } from '../draft/limits';
import { cutSummary } from '../text/summary';

/** Where a suggestion leaves a number for the team to choose: readiness warns until it is filled. */
export const FILL_IN = '___';

/** Cuts a generated line to the draft's limit for it, so an accepted suggestion always saves. */
export const fit = (text: string, max: number = L.line) => cutSummary(text, max);

/** A kebab-case id hint within the draft's id limit. */
export const idHint = (...words: string[]) => slugify(words.join(' '));

/** "an order", "a payment": the indefinite article by the first letter, good enough for nouns. */
export const aOrAn = (noun: string) => `${/^[aeio]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/**
 * "POST /orders takes", "POST /a, PUT /b take", "A, B, C and 2 more take": a subject list
 * with its verb, kept short for a one-line reason.
 */
export function listWithVerb(items: readonly string[], singularVerb: string, pluralVerb: string) {
  const shown = items.slice(0, 3);
  const more = items.length - shown.length;
  const list =
    more > 0
      ? `${shown.join(', ')} and ${String(more)} more`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`
        : (shown[0] ?? '');
  return `${list} ${items.length === 1 ? singularVerb : pluralVerb}`;
}

/** "The service …" → "the service …", leaving "GET /orders" and "ECB" as they are. */
export const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
