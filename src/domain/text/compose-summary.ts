import { cleanLine } from './clean-text';

/** One piece of a summary: the template's own words, or a value put in for a placeholder. */
export interface SummaryPiece {
  text: string;
  fromTemplate: boolean;
}

/** A colon that separates ("Orders: pay"), not one inside a time or a URL ("10:30", "a:b"). */
const SEPARATING_COLON = /\s*:(?=\s|$)/gu;
/** Separators left dangling when a placeholder renders empty ("Orders: " → "Orders"). */
const DANGLING = /^[\s:;,.\-–—|/]+|[\s:;,\-–—|/]+$/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** A whole first or last word: "validate-all" has none to repeat, "Payment Service" has "Service". */
const firstWord = (text: string) => /^[\p{L}\p{N}]+(?=\s|$)/u.exec(text)?.[0];
const lastWord = (text: string) => /(?<=^|\s)[\p{L}\p{N}]+$/u.exec(text)?.[0];
const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * A summary from a rendered pattern, as one phrase that reads naturally whatever the names:
 *
 * - a word the template repeats from a value next to it is said once ("the {{service.name}}
 *   service" with "Payment Service" is "the Payment Service", not "… Service service");
 * - at most one separating colon: the template's own colons give way first (to a dash), then
 *   any later colon of a value, so "Contract of {{name}}: endpoints" never chains a name's colon;
 * - separators a blank value leaves dangling are dropped.
 *
 * Values are cleaned (`cleanLine`) as everything sent to Jira is; the caller cuts the length.
 */
export function composeSummary(pieces: readonly SummaryPiece[]): string {
  const parts = pieces.map((piece) => ({
    ...piece,
    text: piece.fromTemplate ? piece.text : cleanLine(piece.text),
  }));
  parts.forEach((piece, index) => {
    const next = parts[index + 1];
    if (!next || piece.fromTemplate === next.fromTemplate) return;
    // Only where the two meet without punctuation between them: "service service", not "a, a".
    if (!/[\p{L}\p{N}]\s*$/u.test(piece.text) || !/^\s*[\p{L}\p{N}]/u.test(next.text)) return;
    if (!/\s$/u.test(piece.text) && !/^\s/u.test(next.text)) return;
    if (!same(lastWord(piece.text.trimEnd()), firstWord(next.text.trimStart()))) return;
    const template = piece.fromTemplate ? piece : next;
    template.text = piece.fromTemplate
      ? piece.text.trimEnd().replace(/[\p{L}\p{N}]+$/u, '')
      : next.text.trimStart().replace(/^[\p{L}\p{N}]+/u, '');
  });

  const valueColons = parts
    .filter((piece) => !piece.fromTemplate)
    .reduce((sum, piece) => sum + (piece.text.match(SEPARATING_COLON) ?? []).length, 0);
  if (valueColons > 0) {
    for (const piece of parts) {
      if (piece.fromTemplate) piece.text = piece.text.replace(SEPARATING_COLON, ' —');
    }
  }
  let line = cleanLine(parts.map((piece) => piece.text).join(''));
  let seen = 0;
  line = line.replace(SEPARATING_COLON, (colon) => (++seen === 1 ? colon : ' —'));
  return line.replace(/\s+/gu, ' ').replace(DANGLING, '');
}

/** Whether a word is written twice in a row: for checks, not for rewriting a person's name. */
export function hasDoubledWord(text: string): boolean {
  const words = text.match(WORD) ?? [];
  return words.some((word, index) => index > 0 && same(word, words[index - 1]));
}
