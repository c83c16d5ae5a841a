/**
 * When a draft was saved, as the panel says it: "at 14:02" today, "on 28 Nov at 14:02" before,
 * in the person's own locale and time zone.
 */
export function savedAtText(savedAt: string, now: Date = new Date(), locale?: string): string {
  const at = new Date(savedAt);
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (at.toDateString() === now.toDateString()) return `at ${time}`;
  const day = at.toLocaleDateString(locale, { day: 'numeric', month: 'short' });
  return `on ${day} at ${time}`;
}
