import type { AdfDoc } from '../plan';
import { doc, paragraph } from './adf-nodes';

/** Jira refuses a description beyond 32,767 characters; stay clear of it, measured as JSON. */
export const DESCRIPTION_MAX_CHARS = 32_000;

const NOTICE =
  'The rest of this description was cut to fit Jira. The full draft is in the Backend Breakdown panel.';

/**
 * Returns `description` unchanged when it fits, otherwise its leading blocks that fit followed
 * by a note saying the rest was cut. Measuring serialized JSON over-counts, which errs safe.
 */
export function fitDescription(description: AdfDoc, maxChars = DESCRIPTION_MAX_CHARS): AdfDoc {
  if (JSON.stringify(description).length <= maxChars) return description;
  const notice = paragraph(NOTICE);
  const kept = [...description.content];
  while (kept.length > 0 && JSON.stringify(doc([...kept, notice])).length > maxChars) kept.pop();
  return doc([...kept, notice]);
}
