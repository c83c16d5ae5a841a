/** An HTTP error status a backend ticket may name, with one line of guidance for the team. */
export interface HttpStatusInfo {
  status: number;
  reason: string;
  guidance: string;
  /** Whether a client may safely send the same request again (after waiting, for 429/503). */
  retryable: boolean;
}

/** The 4xx/5xx statuses failure modes choose from, in numeric order. */
export const HTTP_STATUS_CATALOG: readonly HttpStatusInfo[] = [
  {
    status: 400,
    reason: 'Bad Request',
    guidance: 'The request is malformed: unparsable body, wrong type, missing required parameter.',
    retryable: false,
  },
  {
    status: 401,
    reason: 'Unauthorized',
    guidance: 'No valid credentials were sent; answer with a WWW-Authenticate header.',
    retryable: false,
  },
  {
    status: 403,
    reason: 'Forbidden',
    guidance: 'The caller is known but may not do this; do not reveal more than needed.',
    retryable: false,
  },
  {
    status: 404,
    reason: 'Not Found',
    guidance: 'The addressed resource does not exist (or the caller may not know it exists).',
    retryable: false,
  },
  {
    status: 405,
    reason: 'Method Not Allowed',
    guidance: 'The resource exists but not with this method; list the allowed ones in Allow.',
    retryable: false,
  },
  {
    status: 406,
    reason: 'Not Acceptable',
    guidance: 'No representation matches the Accept header the client sent.',
    retryable: false,
  },
  {
    status: 408,
    reason: 'Request Timeout',
    guidance: 'The client took too long to send the request; it may send it again.',
    retryable: true,
  },
  {
    status: 409,
    reason: 'Conflict',
    guidance:
      'The request conflicts with the current state: a duplicate, a wrong state transition.',
    retryable: false,
  },
  {
    status: 410,
    reason: 'Gone',
    guidance: 'The resource existed and was removed for good; clients should forget it.',
    retryable: false,
  },
  {
    status: 412,
    reason: 'Precondition Failed',
    guidance:
      'An If-Match / If-Unmodified-Since precondition failed: the client saw a stale version.',
    retryable: false,
  },
  {
    status: 413,
    reason: 'Content Too Large',
    guidance: 'The body is larger than the service accepts; state the limit in the error body.',
    retryable: false,
  },
  {
    status: 415,
    reason: 'Unsupported Media Type',
    guidance: 'The Content-Type of the body is not one the endpoint reads.',
    retryable: false,
  },
  {
    status: 422,
    reason: 'Unprocessable Content',
    guidance: 'The payload is well-formed but invalid: say which field breaks which rule.',
    retryable: false,
  },
  {
    status: 428,
    reason: 'Precondition Required',
    guidance: 'The endpoint demands a conditional request (If-Match) to prevent lost updates.',
    retryable: false,
  },
  {
    status: 429,
    reason: 'Too Many Requests',
    guidance: 'The caller exceeded a rate limit; send Retry-After with the seconds to wait.',
    retryable: true,
  },
  {
    status: 500,
    reason: 'Internal Server Error',
    guidance: 'An unexpected fault; log it with a correlation id and never leak internals.',
    retryable: true,
  },
  {
    status: 501,
    reason: 'Not Implemented',
    guidance: 'The service does not support this functionality at all.',
    retryable: false,
  },
  {
    status: 502,
    reason: 'Bad Gateway',
    guidance: 'An upstream service answered with something invalid.',
    retryable: true,
  },
  {
    status: 503,
    reason: 'Service Unavailable',
    guidance: 'Overloaded or in maintenance; send Retry-After so clients back off.',
    retryable: true,
  },
  {
    status: 504,
    reason: 'Gateway Timeout',
    guidance: 'An upstream service did not answer in time.',
    retryable: true,
  },
];

const BY_STATUS = new Map(HTTP_STATUS_CATALOG.map((info) => [info.status, info]));

/** The catalog entry for a status, or undefined when the catalog does not list it. */
export function statusInfo(status: number): HttpStatusInfo | undefined {
  return BY_STATUS.get(status);
}

/** True for the statuses a failure mode may use: 4xx and 5xx. */
export function isErrorStatus(status: number): boolean {
  return Number.isInteger(status) && status >= 400 && status <= 599;
}

/** "404 Not Found", or just the number for statuses outside the catalog. */
export function statusLabel(status: number): string {
  const info = statusInfo(status);
  return info ? `${status} ${info.reason}` : String(status);
}
