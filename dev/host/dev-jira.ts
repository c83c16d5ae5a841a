/**
 * How the host page itself reaches Jira (to build invocation contexts, and to proxy the page's
 * and the frames' `requestJira` calls): through the runtime's Jira target, as a seeded user on
 * the emulator, or as the API token's owner on a real site.
 */
import type { JiraTarget } from '../runtime/jira-target';

export type DevUserKey = 'admin' | 'member' | 'viewer';
export const DEV_USER_KEYS: readonly DevUserKey[] = ['admin', 'member', 'viewer'];

export interface DevJira {
  mode: 'emulator' | 'real-site';
  baseUrl: string;
  /** Sends one REST request as the given person (on a real site the token decides). */
  request(user: DevUserKey | 'app', path: string, init?: RequestInit): Promise<Response>;
}

export function devJira(target: JiraTarget, accountIds: Record<DevUserKey, string>): DevJira {
  return {
    mode: target.kind,
    baseUrl: target.baseUrl,
    request(user, path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('accept', 'application/json');
      return target.request({
        provider: user === 'app' ? 'app' : 'user',
        ...(user === 'app' ? {} : { accountId: accountIds[user] }),
        path,
        init: { ...init, headers },
      });
    },
  };
}
