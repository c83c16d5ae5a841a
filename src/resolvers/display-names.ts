import type { AppEnvironment } from '../app-environment';
import { FORMER_USER_ID, FORMER_USER_NAME } from '../domain/privacy/personal-data';

/** At most this many distinct people are looked up per answer; the rest show as "someone". */
const MAX_LOOKUPS = 20;

/**
 * The names Jira shows the caller for `accountIds` (asked as them, so only names they may see),
 * each asked once. A person they may not browse, or past the bound, maps to null.
 */
export async function displayNames(
  env: Pick<AppEnvironment, 'jira'>,
  accountIds: readonly string[],
): Promise<Map<string, string | null>> {
  // A closed account's records name the pseudonym (src/privacy), which Jira does not know.
  const former = accountIds.includes(FORMER_USER_ID);
  const distinct = [...new Set(accountIds)]
    .filter((id) => id !== FORMER_USER_ID)
    .slice(0, MAX_LOOKUPS);
  const formerEntry: [string, string][] = former ? [[FORMER_USER_ID, FORMER_USER_NAME]] : [];
  if (distinct.length === 0) return new Map(formerEntry);
  const jira = env.jira('user');
  const names = await Promise.all(
    distinct.map((id) => jira.getUserDisplayName(id).catch(() => null)),
  );
  return new Map([...formerEntry, ...distinct.map((id, i) => [id, names[i] ?? null] as const)]);
}
