import { cleanLine } from './clean-text';

/** Jira's limit on one label's length. */
export const LABEL_MAX_LENGTH = 255;

/**
 * Makes `text` a Jira label: cleaned as one line (`cleanLine`), and since Jira splits labels on
 * spaces, every space becomes a hyphen; the result is at most 255 characters and may be empty (callers drop those).
 */
export function toLabel(text: string): string {
  const label = cleanLine(text).replace(/ /g, '-').slice(0, LABEL_MAX_LENGTH);
  const last = label.charCodeAt(label.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? label.slice(0, -1) : label;
}

/** Labels ready for Jira: converted, empty ones dropped, repeats removed, first occurrence kept. */
export function toLabels(texts: readonly string[]): string[] {
  return [...new Set(texts.map(toLabel).filter((label) => label !== ''))];
}
