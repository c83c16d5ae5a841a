/** Users as Jira's REST API shows them (`User`). */
import { APP_ACCOUNT_ID, SEED_USERS } from '../seed';

const APP_DISPLAY_NAME = 'Backend Breakdown';

export function avatarUrls(baseUrl: string, name: string): Record<string, string> {
  const sizes = [16, 24, 32, 48];
  return Object.fromEntries(
    sizes.map((size) => [
      `${size}x${size}`,
      `${baseUrl}/images/avatars/${encodeURIComponent(name)}.png?size=${size}`,
    ]),
  );
}

export function isKnownAccount(accountId: string): boolean {
  return (
    accountId === APP_ACCOUNT_ID || Object.values(SEED_USERS).some((u) => u.accountId === accountId)
  );
}

/** A user reference (creator, reporter, project lead). */
export function renderUser(baseUrl: string, accountId: string): Record<string, unknown> {
  const self = `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`;
  const user = Object.values(SEED_USERS).find((u) => u.accountId === accountId);
  if (!user) {
    return {
      self,
      accountId,
      accountType: 'app',
      displayName: APP_DISPLAY_NAME,
      active: true,
      avatarUrls: avatarUrls(baseUrl, accountId),
    };
  }
  return {
    self,
    accountId: user.accountId,
    accountType: 'atlassian',
    emailAddress: user.email,
    avatarUrls: avatarUrls(baseUrl, user.accountId),
    displayName: user.displayName,
    active: true,
    timeZone: 'Europe/Madrid',
    locale: 'en_US',
  };
}

/** `GET /myself`: the user with its (empty) groups and application roles. */
export function renderMyself(baseUrl: string, accountId: string): Record<string, unknown> {
  return {
    ...renderUser(baseUrl, accountId),
    groups: { size: 0, items: [] },
    applicationRoles: { size: 1, items: [] },
    expand: 'groups,applicationRoles',
  };
}
