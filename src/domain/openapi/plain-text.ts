/** How much of a description is read. */
const READ_AT_MOST = 4000;

/**
 * Markdown (CommonMark, as OpenAPI descriptions use) reduced to one line of plain text: links keep
 * their text, emphasis, code marks, headings, quotes, list markers and HTML tags go.
 */
export function plainText(markdown: string): string {
  // Only the start is ever shown (a draft line holds 500 characters); cutting first keeps every
  // pattern below linear in a bounded text, however long a description is.
  return (
    markdown
      .slice(0, READ_AT_MOST)
      .replace(/```[^\n]*\n?/g, ' ')
      .replace(/<[^>\n]*>/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s{0,3}>\s?/gm, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '$1')
      .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
      // Underscores mark emphasis only at word edges: `user_id` stays as written.
      .replace(/(^|\W)__?(?=\S)([^_]*?\S)__?(?!\w)/g, '$1$2')
      .replace(/`+([^`]*)`+/g, '$1')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The first sentence of a Markdown text, as plain text ("Returns a pet. Needs…" → "Returns a pet."). */
export function firstSentence(markdown: string): string {
  const paragraph =
    markdown
      .slice(0, READ_AT_MOST)
      .split(/\n\s*\n/)
      .find((part) => plainText(part) !== '') ?? '';
  const text = plainText(paragraph);
  const end = /[.!?](?=\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
