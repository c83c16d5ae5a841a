/** Whitespace collapsed to single spaces: descriptions are often multi-line Markdown. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `text` on one line, cut to `max` characters (ending in "…") when longer, with a warning naming
 * `what`, so an import never yields a draft the schema refuses.
 */
export function fitText(text: string, max: number, what: string, warnings: string[]): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  warnings.push(`${what} was longer than ${max} characters and was cut.`);
  return `${line.slice(0, max - 1).trimEnd()}…`;
}

/** The first `max` entries, with a warning saying how many of `what` were left out. */
export function fitList<T>(list: T[], max: number, what: string, warnings: string[]): T[] {
  if (list.length <= max) return list;
  warnings.push(
    `${what}: ${list.length} found, a draft holds at most ${max}; the first ${max} were kept.`,
  );
  return list.slice(0, max);
}
