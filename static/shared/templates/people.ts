import { requestJira } from '@forge/bridge';

/** A person as the picker offers them: the name Jira shows; the account id only travels back. */
export interface Person {
  accountId: string;
  displayName: string;
}

const isPerson = (value: unknown): value is Person =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Person).accountId === 'string' &&
  typeof (value as Person).displayName === 'string';

/**
 * People whose name or email starts with `query`, from Jira's user search as the person (so only
 * people they may see; Jira answers none to someone without "Browse users and groups").
 */
export async function searchPeople(query: string): Promise<Person[]> {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  const response = await requestJira(
    `/rest/api/3/user/search?query=${encodeURIComponent(trimmed)}&maxResults=20`,
  );
  if (!response.ok) throw new Error(`Jira's user search answered ${String(response.status)}`);
  const body: unknown = await response.json();
  return Array.isArray(body)
    ? body.filter(isPerson).map((p) => ({ accountId: p.accountId, displayName: p.displayName }))
    : [];
}

/** The name Jira shows the person for `accountId`, or null when they may not see it. */
export async function personName(accountId: string): Promise<string | null> {
  const response = await requestJira(`/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`);
  if (!response.ok) return null;
  const body: unknown = await response.json();
  return isPerson(body) ? body.displayName : null;
}
