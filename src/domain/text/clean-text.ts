/**
 * The one place text is made safe to send to Jira. Everything the app writes into a summary, a
 * label or an ADF text node passes through here: people paste from terminals, PDFs and chat, and
 * an attacker may type what a reviewer will not see.
 */

/** C0 and C1 control characters and DEL, except tab and newline (which multi-line text keeps). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI):
 * they reorder what a reader sees ("Trojan Source"). The plain marks LRM/RLM stay: they only
 * steer neutral characters and right-to-left text needs them.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const REPLACEMENT = '\ufffd';

/**
 * Text for a field that may hold several lines (an ADF text node in a code block, say): lone
 * surrogates replaced, line breaks made `\n`, control characters other than tab and newline and
 * bidirectional overrides removed.
 */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, REPLACEMENT)
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '');
}

/**
 * Text for a one-line field (a summary, a label's source): cleaned as above, with every run of
 * whitespace, tabs and line breaks (U+2028, U+2029, NEL, vertical tab and form feed too) made
 * one space.
 */
export function cleanLine(text: string): string {
  return cleanText(text.replace(/[\s\u0085]/gu, ' '))
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Text as a reader sees it in a row of a ticket: cleaned as `cleanText` does, then trimmed, so
 * a value that starts with a control character or an override does not start with a space.
 */
export function cleanTrimmed(text: string): string {
  return cleanText(text).trim();
}
