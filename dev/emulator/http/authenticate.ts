/**
 * Who is calling: `x-emulator-account-id: <accountId|app>` (what the local Forge runtime sends),
 * or `Authorization: Basic base64(email:token)` for a seeded user's email, as against a real site.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { APP_ACCOUNT_ID, SEED_USERS } from '../seed';
import type { Account } from './request-context';

export const ACCOUNT_HEADER = 'x-emulator-account-id';

export function authenticate(headers: IncomingHttpHeaders): Account | undefined {
  const header = headers[ACCOUNT_HEADER];
  if (typeof header === 'string') {
    if (header === APP_ACCOUNT_ID) return { kind: 'app', accountId: APP_ACCOUNT_ID };
    const user = Object.values(SEED_USERS).find((u) => u.accountId === header);
    return user ? { kind: 'user', accountId: user.accountId } : undefined;
  }
  const authorization = headers.authorization;
  if (authorization?.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice('Basic '.length), 'base64').toString('utf8');
    const email = decoded.split(':')[0]?.toLowerCase();
    const user = Object.values(SEED_USERS).find((u) => u.email === email);
    return user ? { kind: 'user', accountId: user.accountId } : undefined;
  }
  return undefined;
}
