/**
 * The one place text is made safe to send to Jira. Everything the app writes into a summary, a
 * label or an ADF text node passes through here: people paste from terminals, PDFs and chat, and
 * an attacker may type what a reviewer will not see.
 */

/** C0 and C1 control characters and DEL, except tab and newline (which multi-line text keeps). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI)
 * and the marks LRM, RLM and ALM: they reorder what a reader sees ("Trojan Source") or hide in a
 * name. Jira's issue view applies the Unicode bidi algorithm itself, so right-to-left text reads
 * right without them.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * Invisible format characters that only hide in text: zero-width space and no-break space (BOM),
 * word joiner, invisible operators, deprecated format controls, the Mongolian vowel separator and
 * free variation selectors, soft hyphen, combining grapheme joiner, Hangul and halfwidth fillers,
 * Khmer inherent vowels, interlinear annotation and shorthand format controls.
 */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- lone combining fillers are the target
  /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{1bca0}-\u{1bca3}]/gu;

/** A letter or mark of a script whose spelling needs ZWNJ and ZWJ (Persian, the Indic scripts, …). */
const JOINING_SCRIPT_BEFORE =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
// eslint-disable-next-line no-misleading-character-class -- an emoji, then VS16 or a skin tone
const EMOJI_BEFORE = /\p{Extended_Pictographic}[\u{fe0f}\u{1f3fb}-\u{1f3ff}]?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
const JOINER = /[\u200c\u200d]/g;

/**
 * Whether a zero-width (non-)joiner is part of visible text: after a letter of a script that
 * spells with it, or (ZWJ) between two emoji of a sequence such as 👩‍💻. Elsewhere it only hides.
 */
function joinerIsVisible(joiner: string, offset: number, whole: string): boolean {
  // Two astral code points at most (an emoji and its skin tone): four UTF-16 units.
  const before = whole.slice(Math.max(0, offset - 4), offset);
  if (JOINING_SCRIPT_BEFORE.test(before)) return true;
  return (
    joiner === '\u200d' && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(whole.slice(offset + 1))
  );
}

/**
 * Tag characters, except in an emoji tag sequence (a subdivision flag such as Scotland's:
 * 🏴 followed by tags and CANCEL TAG).
 */
const TAGS = /(\u{1f3f4}[\u{e0020}-\u{e007e}]+\u{e007f})|[\u{e0000}-\u{e007f}]/gu;

/**
 * Variation selectors, except after an emoji (VS15/VS16 choose text or emoji style) and the
 * ideographic ones after a CJK ideograph (a registered glyph variant people can see).
 */
const VARIATION_SELECTOR =
  /(?<!\p{Emoji}(?:\u{20e3})?)[\ufe00-\ufe0f]|(?<!\p{Ideographic})[\u{e0100}-\u{e01ef}]/gu;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const REPLACEMENT = '\ufffd';

/**
 * Text for a field that may hold several lines (an ADF text node in a code block, say): lone
 * surrogates replaced, line breaks made `\n`, control characters other than tab and newline,
 * bidirectional controls and invisible format characters removed; visible text in any script
 * (joiners in Persian or Devanagari, emoji sequences, flags, ideographic variants) kept.
 */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, REPLACEMENT)
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(JOINER, (joiner, offset: number, whole: string) =>
      joinerIsVisible(joiner, offset, whole) ? joiner : '',
    )
    .replace(TAGS, (whole, flag: string | undefined) => flag ?? '')
    .replace(VARIATION_SELECTOR, '');
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
