/**
 * Secrets never leave the client in an error or a log line: header values that authenticate a
 * request, and query parameters that carry tokens, are replaced before anything is recorded.
 */

const SECRET_HEADER =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|x-emulator-account-id)$|token|secret|session/i;
const SECRET_QUERY = /token|secret|signature|password|api[_-]?key|jwt/i;

export const REDACTED = '[REDACTED]';

export function redactHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    out[name] = SECRET_HEADER.test(name) ? REDACTED : value;
  }
  return out;
}

/** Redacts token-like query parameters of a path such as `/rest/api/3/x?jwt=…`. */
export function redactPath(path: string): string {
  const at = path.indexOf('?');
  if (at < 0) return path;
  const params = new URLSearchParams(path.slice(at + 1));
  for (const name of [...params.keys()]) {
    if (SECRET_QUERY.test(name)) params.set(name, REDACTED);
  }
  return `${path.slice(0, at)}?${params.toString()}`;
}
