import type { PushEvent } from './queue-push';

/** Forge's retry context on a redelivered event (`RetryContext` in @forge/events). */
export interface RetryContext {
  readonly retryCount: number;
  readonly retryReason: string;
  readonly retryData: unknown;
}

/** The first argument of a consumer: `AsyncEvent` of @forge/events 3.0.8. */
export interface QueueEvent extends PushEvent {
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
  readonly retryContext?: RetryContext;
}

/** The second argument of a consumer. Forge names no user here. */
export interface ConsumerContext {
  readonly installContext: string;
}

export type QueueConsumer = (event: QueueEvent, context: ConsumerContext) => unknown;

export type EventOutcome = 'succeeded' | 'failed' | 'cancelled';

/** How one pushed event ended, after any retries. */
export interface SettledEvent {
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
  readonly outcome: EventOutcome;
  readonly attempts: number;
  /** The account that pushed the event, which the consumer's invocation records. */
  readonly pushedBy: string | undefined;
  readonly error?: unknown;
}

/** A consumer asks for redelivery by returning `InvocationError` or a retried `QueueResponse`. */
export function retryRequest(
  result: unknown,
): { retryAfter: number; retryReason: string; retryData: unknown } | undefined {
  if (
    typeof result !== 'object' ||
    result === null ||
    (result as { _retry?: unknown })._retry !== true
  ) {
    return undefined;
  }
  const options = (
    result as { retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown } }
  ).retryOptions;
  return {
    retryAfter: Math.max(options?.retryAfter ?? 1, 1),
    retryReason: options?.retryReason ?? 'FUNCTION_RETRY_REQUEST',
    retryData: options?.retryData,
  };
}
