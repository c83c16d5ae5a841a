/**
 * The one request wrapper over `requestJira`: JSON in and out, errors as classes, and retries of
 * what is safe to retry under the policy in `retry-timing.ts`. Every operation in
 * `src/jira/operations` goes through here.
 */
import type { Route } from '@forge/api';
import type { z } from 'zod';
import { formatPath } from '../domain/format-path';
import {
  describeRequest,
  JiraAnswerError,
  JiraHttpError,
  JiraNetworkError,
  type JiraError,
} from './jira-errors';
import {
  decideRetry,
  DEFAULT_RETRY_POLICY,
  type AttemptFailure,
  type RetryDecision,
  type RetryPolicy,
} from './retry-timing';
import type { JiraTransport } from './jira-transport';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface JiraRequestSpec<T> {
  /** Jira's operation id (e.g. `createIssues`), used in errors and request statistics. */
  operation: string;
  method: HttpMethod;
  route: Route;
  body?: unknown;
  /**
   * `transient`: retry 429/5xx/network here. `never`: a write whose retry must be preceded by
   * reconciliation, which only the caller can do — the first failure is thrown.
   */
  retry: 'transient' | 'never';
  /** Whether a non-2xx answer is still a result (bulk create answers 400 with per-element errors). */
  accept?: (status: number, body: unknown) => boolean;
  /**
   * The answer's shape: the fields the operation reads, as Jira documents them (loose objects:
   * Jira adds fields). An answer that does not fit throws `JiraAnswerError`.
   */
  answer: z.ZodType<T>;
}

export interface JiraResponse<T> {
  status: number;
  body: T;
}

export interface AttemptEvent {
  operation: string;
  method: HttpMethod;
  path: string;
  attempt: number;
  status: number | 'network-error';
  durationMs: number;
}

export interface JiraRequestOptions {
  /**
   * How requests reach Jira, and as whom: always given (the app environment's `transport`), so
   * no client reaches Jira by a default nobody chose.
   */
  transport: JiraTransport;
  retryPolicy?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** Sees every attempt: the executor counts requests and measures latency with it. */
  onAttempt?: (event: AttemptEvent) => void;
  /** Sees every wait before a retry (tests assert the policy through it). */
  onRetryWait?: (event: {
    operation: string;
    delayMs: number;
    source: 'server' | 'backoff';
  }) => void;
  /** Epoch ms after which no retry wait is started; the error is thrown instead. */
  deadline?: () => number | undefined;
}

export interface JiraRequester {
  send<T>(spec: JiraRequestSpec<T>): Promise<JiraResponse<T>>;
  /** The same retry decision `send` uses, for callers that retry writes themselves. */
  decide(error: JiraError, attempt: number): RetryDecision;
  sleep(ms: number): Promise<void>;
  now(): number;
  /** Milliseconds left before the deadline (Infinity when there is none). */
  remainingMs(): number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createJiraRequester(options: JiraRequestOptions): JiraRequester {
  const { transport } = options;
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retryPolicy };
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;

  const remainingMs = () => {
    const deadline = options.deadline?.();
    return deadline === undefined ? Infinity : deadline - now();
  };

  const decide = (error: JiraError, attempt: number): RetryDecision => {
    const decision = decideRetry({
      failure: failureOf(error),
      attempt,
      policy,
      nowMs: now(),
      random: random(),
    });
    if (decision.retry && decision.delayMs > remainingMs()) {
      return { retry: false, reason: 'server-delay-too-long', delayMs: decision.delayMs };
    }
    return decision;
  };

  const attemptOnce = async <T>(
    spec: JiraRequestSpec<T>,
    attempt: number,
  ): Promise<JiraResponse<T>> => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    const info = describeRequest(spec.operation, spec.method, spec.route.value, headers);
    const started = now();
    let response;
    try {
      response = await transport(spec.route, {
        method: spec.method,
        headers,
        ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
      });
    } catch (cause) {
      if (isForgeAuthSignal(cause)) throw cause;
      options.onAttempt?.({
        ...eventBase(spec, attempt),
        status: 'network-error',
        durationMs: now() - started,
      });
      throw new JiraNetworkError(info, cause);
    }
    options.onAttempt?.({
      ...eventBase(spec, attempt),
      status: response.status,
      durationMs: now() - started,
    });
    const body = await readBody(response);
    if (response.ok || spec.accept?.(response.status, body)) {
      const read = spec.answer.safeParse(body);
      if (!read.success) {
        const [first] = read.error.issues;
        throw new JiraAnswerError(
          info,
          response.status,
          formatPath(first?.path ?? []),
          first?.message ?? 'unreadable',
        );
      }
      return { status: response.status, body: read.data };
    }
    throw new JiraHttpError({
      status: response.status,
      body,
      request: info,
      headers: {
        ...optional('retryAfter', response.headers.get('retry-after')),
        ...optional('rateLimitReset', response.headers.get('x-ratelimit-reset')),
      },
    });
  };

  const send = async <T>(spec: JiraRequestSpec<T>): Promise<JiraResponse<T>> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce<T>(spec, attempt);
      } catch (error) {
        if (!(error instanceof JiraHttpError || error instanceof JiraNetworkError)) throw error;
        if (spec.retry === 'never') throw error;
        const decision = decide(error, attempt);
        if (!decision.retry) throw error;
        options.onRetryWait?.({
          operation: spec.operation,
          delayMs: decision.delayMs,
          source: decision.source,
        });
        await sleep(decision.delayMs);
      }
    }
  };

  return { send, decide, sleep, now, remainingMs };
}

/** What a failed attempt tells the retry rules (`retry-timing.ts`). */
export function failureOf(error: JiraError): AttemptFailure {
  if (error instanceof JiraHttpError) {
    return {
      kind: 'http',
      status: error.status,
      ...optional('retryAfter', error.headers.retryAfter ?? null),
      ...optional('rateLimitReset', error.headers.rateLimitReset ?? null),
    };
  }
  // A network failure, or an answer that cannot be read: either way the request may have been
  // applied and its answer is lost (`JiraAnswerError` is never retried by `send` itself).
  return { kind: 'network' };
}

function eventBase(spec: JiraRequestSpec<unknown>, attempt: number) {
  return { operation: spec.operation, method: spec.method, path: spec.route.value, attempt };
}

async function readBody(response: { text: () => Promise<string> }): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Forge's "the user must grant access" signal must reach the platform untouched. */
function isForgeAuthSignal(error: unknown): boolean {
  return error instanceof Error && error.name === 'NeedsAuthenticationError';
}

function optional<K extends string>(key: K, value: string | null): Partial<Record<K, string>> {
  return value === null ? {} : ({ [key]: value } as Record<K, string>);
}
