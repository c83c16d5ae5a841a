/**
 * The door rules every local stand-in on 127.0.0.1 shares (the dev host and the Jira emulator):
 * it answers only as its own address, so a DNS-rebinding name (`Host: rebind.example:4000`)
 * reaches nothing, and it serves a request a browser sent from another page only when that page
 * is its own. One rule in one place; each server decides which of its requests need which rule.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface Refusal {
  status: number;
  message: string;
}

export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The address a server answers as: `127.0.0.1:<port>` and `localhost:<port>`. */
export function loopbackHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** 421 unless the request names one of `allowedHosts` (`host:port`) as its Host. */
export function foreignHostRefusal(
  headers: IncomingHttpHeaders,
  allowedHosts: readonly string[],
  who: string,
): Refusal | null {
  const host = single(headers.host)?.toLowerCase();
  if (host !== undefined && allowedHosts.includes(host)) return null;
  return { status: 421, message: `${who} answers only as ${allowedHosts.join(' or ')}.` };
}

/**
 * 403 when a browser says another page sent the request: `Sec-Fetch-Site` other than
 * `same-origin` or `none` (typed or bookmarked), or an `Origin` that is not this server's. Tools
 * (curl, Node's fetch, the app's runtime) send neither and pass.
 */
export function otherPageRefusal(
  headers: IncomingHttpHeaders,
  allowedHosts: readonly string[],
  who: string,
): Refusal | null {
  const site = single(headers['sec-fetch-site']);
  const origin = single(headers.origin);
  const ownOrigins = allowedHosts.map((allowed) => `http://${allowed}`);
  if (
    (site !== undefined && site !== 'same-origin' && site !== 'none') ||
    (origin !== undefined && !ownOrigins.includes(origin))
  ) {
    return { status: 403, message: `${who} answers only its own page and local tools.` };
  }
  return null;
}
