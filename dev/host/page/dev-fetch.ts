/**
 * Every request the host page makes to its server's `/__dev/*` endpoints. The server accepts
 * them only from this page: same origin, JSON bodies, and (against a real site) the per-start
 * secret it wrote into this page, which pages of other origins cannot read.
 */
const secret = document.querySelector<HTMLMetaElement>('meta[name="bb-dev-secret"]')?.content ?? '';

export function devFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('x-dev-secret', secret);
  const method = (init.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') headers.set('content-type', 'application/json');
  return fetch(path, { ...init, headers, credentials: 'same-origin' });
}
