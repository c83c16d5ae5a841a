/**
 * Atlassian's personal data reporting API, as `@forge/api`'s `privacy.reportPersonalData` calls
 * it: `POST /app/report-accounts` as the app, body `{ accounts: [{ accountId, updatedAt }] }` with
 * at most 90 accounts (`LIMIT` in @forge/api 8.3.0 out/privacy), answered `200 { accounts:
 * [{ accountId, status }] }` for the accounts the app must act on, or `204` when there are none.
 * `closed`: erase the account's personal data; `updated`: the profile changed after the
 * `updatedAt` the app reported, so refresh what it keeps. (User privacy guide for app
 * developers, developer.atlassian.com/platform/forge/user-privacy-guidelines/.)
 */
import { z } from 'zod';
import { jiraError, type JiraResponse } from '../http/jira-response';
import type { BodyRead } from '../http/read-body';

export const REPORT_ACCOUNTS_PATH = '/app/report-accounts';
export const REPORT_ACCOUNTS_LIMIT = 90;

/** How a test set an account up: closed, or its profile changed at `at` (epoch ms). */
export type AccountChange = { status: 'closed' } | { status: 'updated'; at: number };

interface AccountStatus {
  accountId: string;
  status: 'closed' | 'updated';
}

const reportSchema = z.strictObject({
  accounts: z
    .array(
      z.strictObject({
        accountId: z.string().min(1).max(128),
        updatedAt: z.iso.datetime({ offset: true }),
      }),
    )
    .min(1)
    .max(REPORT_ACCOUNTS_LIMIT),
});

/** The accounts closed or changed on this site; every other account needs nothing. */
export class AccountChanges {
  private readonly changes = new Map<string, AccountChange>();
  private readonly reports: string[][] = [];

  set(accountId: string, change: AccountChange | null): void {
    if (change === null) this.changes.delete(accountId);
    else this.changes.set(accountId, change);
  }

  /** The account ids of each report the app made, in order (for tests of paging). */
  reported(): string[][] {
    return this.reports.map((ids) => [...ids]);
  }

  reset(): void {
    this.changes.clear();
    this.reports.length = 0;
  }

  answer(body: BodyRead, isApp: boolean): JiraResponse {
    if (!isApp) return jiraError(403, ['Only an app may report the personal data it stores.']);
    if (body.kind !== 'json')
      return jiraError(400, ['The body must be JSON: { accounts: [...] }.']);
    const parsed = reportSchema.safeParse(body.value);
    if (!parsed.success) return jiraError(400, [z.prettifyError(parsed.error)]);
    const accounts = parsed.data.accounts;
    this.reports.push(accounts.map((a) => a.accountId));
    const due = accounts.flatMap(({ accountId, updatedAt }): AccountStatus[] => {
      const change = this.changes.get(accountId);
      if (change === undefined) return [];
      if (change.status === 'closed') return [{ accountId, status: 'closed' }];
      return Date.parse(updatedAt) < change.at ? [{ accountId, status: 'updated' }] : [];
    });
    return due.length === 0 ? { status: 204 } : { status: 200, body: { accounts: due } };
  }
}
