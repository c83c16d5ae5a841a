import type { DraftConflict } from '../../../src/contract';
import { savedAtText } from './saved-at-text';

/**
 * Who saved first and when, as the conflict banner says it: their name as Jira shows it, or
 * "Another person" when the person may not browse users (the resolver then has no name).
 */
export function conflictSentence(
  conflict: DraftConflict,
  myAccountId: string,
  now: Date = new Date(),
): string {
  const when = conflict.savedAt ? ` ${savedAtText(conflict.savedAt, now)}` : '';
  if (conflict.savedBy === myAccountId) {
    return `You saved this draft in another tab or window${when} while you were editing here.`;
  }
  return `${conflict.savedByName ?? 'Another person'} saved this draft${when} while you were editing.`;
}
