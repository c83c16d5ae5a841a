/**
 * When a preview's read of an epic's children may stand in for the apply's: the pure half of
 * `src/resolvers/epic-children.ts`.
 */

/**
 * How far back (whole minutes, for JQL's `updated >= -Nm`) to ask Jira for changes so that every
 * change since the read counts: the time since it, plus a minute for JQL's minute precision and
 * the two clocks. A change the index had not taken in when the preview read is not looked for:
 * the preview showed the person the same as what the apply then creates.
 */
export function lookBackMinutes(readAt: number, now: number): number {
  return Math.ceil(Math.max(0, now - readAt) / 60_000) + 1;
}

/** Whether two reads saw the same issues under the epic (order aside). */
export function sameTree(before: readonly string[], now: readonly string[]): boolean {
  const seen = new Set(before);
  return seen.size === new Set(now).size && now.every((id) => seen.has(id));
}
