/**
 * Which stored values name a person, and the same values without one: the pure half of the app's
 * personal data duty (Atlassian's *User privacy guide for app developers*,
 * developer.atlassian.com/platform/forge/user-privacy-guidelines/). The app keeps Atlassian
 * account ids only, never names or emails (those are fetched when shown), in a few fields:
 * `savedBy`, `by`, `setBy` and `accountId` (a draft's or template's saver, a deleted template's
 * tombstone, a project's default, who started, cancelled, undid or holds a run, a run's origin,
 * a template's or plan's fixed assignee), and as the whole value of a version claim.
 */

/** What a closed account's id becomes: records keep loading, and show "A former user". */
export const FORMER_USER_ID = 'former-user';
/** How people see a pseudonymised account (Jira itself says "Former user"). */
export const FORMER_USER_NAME = 'A former user';

/**
 * At most this many accounts per call of the personal data reporting API (`LIMIT` in
 * `@forge/api` 8.3.0 `out/privacy`; a unit test holds the two together).
 */
export const REPORT_LIMIT = 90;

/** Fields that hold an account id wherever they appear in a stored value. */
const ACCOUNT_FIELDS: ReadonlySet<string> = new Set(['accountId', 'savedBy', 'by', 'setBy']);

/** Keys whose whole value is the claiming account's id (older draft claims, template claims). */
const ACCOUNT_VALUED_KEYS = ['template-claim:', 'draft-version:'];

/** Not people: the pseudonym, and Forge's name for the app acting as itself. */
const NOT_PEOPLE: ReadonlySet<string> = new Set([FORMER_USER_ID, 'app']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The account ids one stored value names (each once). */
export function accountIdsIn(key: string, value: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      for (const [field, child] of Object.entries(node)) {
        if (ACCOUNT_FIELDS.has(field) && typeof child === 'string') found.add(child);
        else visit(child);
      }
    }
  };
  if (typeof value === 'string') {
    if (ACCOUNT_VALUED_KEYS.some((prefix) => key.startsWith(prefix))) found.add(value);
  } else visit(value);
  return [...found].filter((id) => id !== '' && !NOT_PEOPLE.has(id));
}

/**
 * `value` with every trace of `closed` accounts gone: a fixed assignee naming one is dropped (the
 * project's default assignee applies, as for an issue without a reporter), and any other string
 * that is such an id becomes `FORMER_USER_ID`. Everything else is kept as it was, so drafts,
 * templates, versions and runs still load. Applying it twice changes nothing the second time.
 */
export function withoutAccounts(
  value: unknown,
  closed: ReadonlySet<string>,
): { value: unknown; changed: boolean } {
  let changed = false;
  const rewrite = (node: unknown): unknown => {
    if (typeof node === 'string' && closed.has(node)) {
      changed = true;
      return FORMER_USER_ID;
    }
    if (Array.isArray(node)) return node.map(rewrite);
    if (!isRecord(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [field, child] of Object.entries(node)) {
      if (field === 'assignee' && namesClosed(child, closed)) {
        changed = true;
        continue;
      }
      out[field] = rewrite(child);
    }
    return out;
  };
  const rewritten = rewrite(value);
  return { value: changed ? rewritten : value, changed };
}

function namesClosed(assignee: unknown, closed: ReadonlySet<string>): boolean {
  return (
    isRecord(assignee) && typeof assignee.accountId === 'string' && closed.has(assignee.accountId)
  );
}

/** `items` in pages of at most `size` (the reporting API's limit). */
export function pagesOf<T>(items: readonly T[], size: number = REPORT_LIMIT): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    pages.push(items.slice(start, start + size));
  return pages;
}
