/**
 * Who may use the host's `/__dev/*` endpoints. Against a real site they act with the developer's
 * API token, so a web page the developer visits must not reach them: not by a cross-site
 * `text/plain` POST, not by DNS rebinding (`Host: rebind.example:4000`), and not as another page
 * on 127.0.0.1, which cannot read the per-start secret this host writes into its own page.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import {
  foreignHostRefusal,
  otherPageRefusal,
  single,
  type Refusal,
} from '../shared/loopback-guard';

export type { Refusal };

export interface GuardPolicy {
  /** `host:port` values this server answers as (the addresses it listens on). */
  allowedHosts: readonly string[];
  /** Required in `x-dev-secret` on every `/__dev/*` request; null when none is required. */
  secret: string | null;
}

export const SECRET_HEADER = 'x-dev-secret';

function sameSecret(given: string | undefined, secret: string): boolean {
  const a = Buffer.from(given ?? '', 'utf8');
  const b = Buffer.from(secret, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The reason to refuse this request, or null to serve it. */
export function refusalOf(
  request: { method: string; path: string; headers: IncomingHttpHeaders },
  policy: GuardPolicy,
): Refusal | null {
  const foreignHost = foreignHostRefusal(request.headers, policy.allowedHosts, 'This host');
  if (foreignHost) return foreignHost;
  if (!request.path.startsWith('/__dev/')) return null;

  const otherPage = otherPageRefusal(request.headers, policy.allowedHosts, 'The dev host');
  if (otherPage) return otherPage;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const type = single(request.headers['content-type'])?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return { status: 415, message: 'Send the request body as application/json.' };
    }
  }
  if (
    policy.secret !== null &&
    !sameSecret(single(request.headers[SECRET_HEADER]), policy.secret)
  ) {
    return {
      status: 403,
      message: `Against a real site the dev host needs the ${SECRET_HEADER} header its page holds.`,
    };
  }
  return null;
}
