import { cleanLine } from './clean-text';

/** Jira rejects a summary longer than this (counted in UTF-16 code units, as Jira counts). */
export const SUMMARY_MAX_LENGTH = 255;

const ELLIPSIS = '…';

/** Jira summaries are one clean line: see `cleanLine`, the one rule for text sent to Jira. */
export function normaliseSummary(text: string): string {
  return cleanLine(text);
}

/** Whether Jira accepts `summary` as it is: one non-empty line of at most 255 characters. */
export function summaryFits(summary: string, max = SUMMARY_MAX_LENGTH): boolean {
  return summary.length <= max && summary.trim() !== '' && !/[\r\n]/.test(summary);
}

/** Drops a trailing lone high surrogate that a cut in the middle of an astral character leaves. */
function withoutBrokenSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

/**
 * Makes `text` a summary of at most `max` characters: whitespace collapsed, and when too
 * long, cut at the last word boundary that fits and ended with "…". A single word longer
 * than half the room is cut inside the word rather than leaving a stub.
 */
export function cutSummary(text: string, max = SUMMARY_MAX_LENGTH): string {
  const line = normaliseSummary(text);
  if (line.length <= max) return line;
  const room = max - ELLIPSIS.length;
  const head = line.slice(0, room + 1);
  const boundary = head.lastIndexOf(' ');
  const cut = boundary >= room / 2 ? head.slice(0, boundary) : head.slice(0, room);
  const tidy = withoutBrokenSurrogate(cut).replace(/[\s,;:.\-–—]+$/u, '');
  return `${tidy}${ELLIPSIS}`;
}
