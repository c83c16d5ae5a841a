import type { DraftConflict } from '../../../src/contract';
import { savedAtText } from './saved-at-text';

/**
 * Who saved first and when, as the conflict banner says it. The app has no Jira user lookup (its
 * scope, `read:jira-user`, is not asked for), so another account is "Another person".
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
  return `Another person saved this draft${when} while you were editing.`;
}
