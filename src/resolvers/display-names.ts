import type { AppEnvironment } from '../app-environment';

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
  const distinct = [...new Set(accountIds)].slice(0, MAX_LOOKUPS);
  if (distinct.length === 0) return new Map();
  const jira = env.jira('user');
  const names = await Promise.all(
    distinct.map((id) => jira.getUserDisplayName(id).catch(() => null)),
  );
  return new Map(distinct.map((id, i) => [id, names[i] ?? null]));
}
