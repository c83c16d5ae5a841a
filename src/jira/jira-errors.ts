/**
 * Failures of a Jira request, as classes that carry what a caller needs to decide and to report:
 * the HTTP status, Jira's own `errorMessages` / `errors`, and the request (authorization redacted).
 */
import { redactHeaders, redactPath } from './redact';

export interface JiraRequestInfo {
  operation: string;
  method: string;
  path: string;
  headers: Record<string, string>;
}

export function describeRequest(
  operation: string,
  method: string,
  path: string,
  headers: Record<string, string> | undefined,
): JiraRequestInfo {
  return { operation, method, path: redactPath(path), headers: redactHeaders(headers) };
}

export abstract class JiraError extends Error {
  abstract readonly kind: 'http' | 'network' | 'answer';
  readonly request: JiraRequestInfo;

  protected constructor(message: string, request: JiraRequestInfo, options?: { cause?: unknown }) {
    super(message, options);
    this.request = request;
  }
}

/** Jira answered with a status outside 2xx. */
export class JiraHttpError extends JiraError {
  readonly kind = 'http' as const;
  override readonly name = 'JiraHttpError';
  readonly status: number;
  readonly errorMessages: string[];
  readonly errors: Record<string, string>;
  /** Parsed response body (Jira's error collection or, for bulk create, per-element errors). */
  readonly body: unknown;
  readonly headers: { retryAfter?: string; rateLimitReset?: string };

  constructor(args: {
    status: number;
    body: unknown;
    request: JiraRequestInfo;
    headers?: { retryAfter?: string; rateLimitReset?: string };
  }) {
    const { errorMessages, errors } = readErrorCollection(args.body);
    super(summarise(args.status, args.request, errorMessages, errors), args.request);
    this.status = args.status;
    this.errorMessages = errorMessages;
    this.errors = errors;
    this.body = args.body;
    this.headers = args.headers ?? {};
  }

  /** Jira's own words for what went wrong, joined for a person to read. */
  get jiraMessage(): string {
    return jiraMessageOf(this.errorMessages, this.errors) || `HTTP ${this.status}`;
  }
}

/** The request never got an HTTP answer (connection reset, DNS, timeout). */
export class JiraNetworkError extends JiraError {
  readonly kind = 'network' as const;
  override readonly name = 'JiraNetworkError';

  constructor(request: JiraRequestInfo, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${request.method} ${request.path} failed without a response: ${reason}`, request, {
      cause,
    });
  }
}

/**
 * Jira answered 2xx with a body the app cannot read: not JSON, or without a field it needs in the
 * documented shape. Named here, at `src/jira`, rather than failing deep inside whatever read it.
 * The request may have been applied (a write), so for retries it counts as an answer lost.
 */
export class JiraAnswerError extends JiraError {
  readonly kind = 'answer' as const;
  override readonly name = 'JiraAnswerError';
  readonly status: number;
  /** Where the answer departs from the shape the app reads, e.g. `issues[0].key`. */
  readonly where: string;

  constructor(request: JiraRequestInfo, status: number, where: string, problem: string) {
    super(
      `${request.method} ${request.path} → ${status}: Jira's answer is not in the form the app reads (${where ? `${where}: ` : ''}${problem}).`,
      request,
    );
    this.status = status;
    this.where = where;
  }
}

export function jiraMessageOf(errorMessages: string[], errors: Record<string, string>): string {
  const fieldErrors = Object.entries(errors).map(([field, message]) => `${field}: ${message}`);
  return [...errorMessages, ...fieldErrors].join('; ');
}

export function readErrorCollection(body: unknown): {
  errorMessages: string[];
  errors: Record<string, string>;
} {
  const errorMessages: string[] = [];
  const errors: Record<string, string> = {};
  if (isRecord(body)) {
    if (Array.isArray(body.errorMessages)) {
      for (const m of body.errorMessages) if (typeof m === 'string') errorMessages.push(m);
    }
    if (isRecord(body.errors)) {
      for (const [k, v] of Object.entries(body.errors)) if (typeof v === 'string') errors[k] = v;
    }
  }
  return { errorMessages, errors };
}

function summarise(
  status: number,
  request: JiraRequestInfo,
  errorMessages: string[],
  errors: Record<string, string>,
): string {
  const detail = jiraMessageOf(errorMessages, errors);
  return `${request.method} ${request.path} → ${status}${detail ? `: ${detail}` : ''}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
