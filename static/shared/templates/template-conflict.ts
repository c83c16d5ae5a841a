import type { TemplateConflict } from '../../../src/contract';

/** "at 14:02" today, "on 28 Nov at 14:02" before, in the person's locale and time zone. */
function savedAtText(savedAt: string, now: Date): string {
  const at = new Date(savedAt);
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (at.toDateString() === now.toDateString()) return `at ${time}`;
  return `on ${at.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })} at ${time}`;
}

/**
 * Who saved the template first and when: "You saved this template in another tab or window at
 * 14:02", or a colleague by name ("Another person" when Jira does not show them their name).
 */
export function templateConflictSentence(
  conflict: TemplateConflict,
  now: Date = new Date(),
): string {
  const when = conflict.savedAt ? ` ${savedAtText(conflict.savedAt, now)}` : '';
  if (conflict.byYou) {
    return `You saved this template in another tab or window${when}, while you were editing here (version ${String(conflict.currentVersion)}).`;
  }
  return `${conflict.savedByName ?? 'Another person'} saved this template${when}, while you were editing (version ${String(conflict.currentVersion)}).`;
}
