import { randomUUID } from 'node:crypto';
import { runWithInvocation, type Invocation } from './invocation';
import { installContextOf, DEFAULT_LOCAL_APP } from './local-app';
import { JobRequest, PUSH_LIMITS, PushRejected, PushRequest, validPushEvents } from './queue-push';
import {
  retryRequest,
  type ConsumerContext,
  type EventOutcome,
  type QueueConsumer,
  type QueueEvent,
  type RetryContext,
  type SettledEvent,
} from './queue-event';

export type {
  ConsumerContext,
  EventOutcome,
  QueueConsumer,
  QueueEvent,
  RetryContext,
  SettledEvent,
} from './queue-event';

export interface LocalQueueOptions {
  /** Consumer per queue name. */
  readonly consumers?: Readonly<Record<string, QueueConsumer>>;
  /** Forge stops a consumer after 900 s. */
  readonly consumerTimeoutMs?: number;
  /** Milliseconds per second of `delayInSeconds` and `retryAfter`: 1000 like Forge, 0 in tests. */
  readonly msPerSecond?: number;
  /** Redeliveries of one event a consumer may ask for before it counts as failed. */
  readonly maxRetries?: number;
  readonly installContext?: string;
}

/** The consumer did not finish within the time limit. */
export class ConsumerTimeoutError extends Error {
  override readonly name = 'ConsumerTimeoutError';
}

interface Delivery {
  readonly event: QueueEvent;
  readonly pushedBy: Invocation | undefined;
  readonly attempt: number;
}

const HISTORY_LIMIT = 1000;

/**
 * Forge's async event queue on this machine: accepts `@forge/events` pushes and runs each event's
 * consumer in the background, as the pushing user's invocation.
 */
export class LocalQueue {
  private readonly consumers: Map<string, QueueConsumer>;
  private readonly consumerTimeoutMs: number;
  private readonly msPerSecond: number;
  private readonly maxRetries: number;
  private readonly installContext: string;
  private readonly scheduled = new Map<string, { timer: NodeJS.Timeout; delivery: Delivery }>();
  private readonly running = new Set<Promise<void>>();
  private readonly cancelledJobs = new Set<string>();
  private readonly settledEvents: SettledEvent[] = [];
  private readonly listeners = new Set<(event: SettledEvent) => void>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly jobs = new Map<
    string,
    { success: number; inProgress: number; failed: number }
  >();
  private outstanding = 0;
  private closed = false;

  constructor(options: LocalQueueOptions = {}) {
    this.consumers = new Map(Object.entries(options.consumers ?? {}));
    this.consumerTimeoutMs = options.consumerTimeoutMs ?? 900_000;
    this.msPerSecond = options.msPerSecond ?? 1000;
    this.maxRetries = options.maxRetries ?? 4;
    this.installContext = options.installContext ?? installContextOf(DEFAULT_LOCAL_APP.cloudId);
  }

  /** Answers a push the way Forge's events service does (201, or an error status and message). */
  publish(body: unknown, pushedBy: Invocation | undefined): Response {
    try {
      if (this.closed) throw new PushRejected(503, 'The local queue is closed.');
      const request = PushRequest.safeParse(body);
      if (!request.success) throw new PushRejected(400, 'The push request is malformed.');
      const { queueName, jobId, payload } = request.data;
      if (!PUSH_LIMITS.queueNamePattern.test(queueName)) {
        throw new PushRejected(
          400,
          'Queue names can only contain alphanumeric characters, dashes and underscores.',
        );
      }
      if (!this.consumers.has(queueName)) {
        const known = [...this.consumers.keys()].join(', ') || 'none';
        throw new PushRejected(
          400,
          `No consumer is registered for queue "${queueName}" (registered: ${known}).`,
        );
      }
      const events = validPushEvents(payload);
      this.jobs.set(jobId, { success: 0, inProgress: events.length, failed: 0 });
      for (const pushed of events) {
        const event: QueueEvent = { ...pushed, queueName, jobId, eventId: randomUUID() };
        this.schedule(
          { event, pushedBy, attempt: 1 },
          (pushed.delayInSeconds ?? 0) * this.msPerSecond,
        );
      }
      return Response.json({ jobId }, { status: 201 });
    } catch (error) {
      if (error instanceof PushRejected) return error.toResponse();
      throw error;
    }
  }

  /** Answers `JobProgress.getStats()`. */
  stats(body: unknown): Response {
    const job = this.jobOf(body);
    return job ? Response.json(job) : Response.json({ message: 'Job not found' }, { status: 404 });
  }

  /** Answers `JobProgress.cancel()`: events not yet started are dropped. */
  cancel(body: unknown): Response {
    const request = JobRequest.safeParse(body);
    if (!request.success || !this.jobs.has(request.data.jobId)) {
      return Response.json({ message: 'Job not found' }, { status: 404 });
    }
    this.cancelledJobs.add(request.data.jobId);
    for (const [eventId, { timer, delivery }] of this.scheduled) {
      if (delivery.event.jobId !== request.data.jobId) continue;
      clearTimeout(timer);
      this.scheduled.delete(eventId);
      this.settle(delivery, 'cancelled');
    }
    return new Response(null, { status: 204 });
  }

  /** Resolves once no event is waiting, delayed, retrying or running. */
  drain(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Calls `listener` as each event settles; returns the unsubscribe function. */
  onSettled(listener: (event: SettledEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The most recent settled events, oldest first. */
  history(): readonly SettledEvent[] {
    return [...this.settledEvents];
  }

  /** Refuses new pushes, drops events not yet started, and waits for running consumers. */
  async close(): Promise<void> {
    this.closed = true;
    for (const [eventId, { timer, delivery }] of this.scheduled) {
      clearTimeout(timer);
      this.scheduled.delete(eventId);
      this.settle(delivery, 'cancelled');
    }
    await Promise.all([...this.running]);
  }

  private jobOf(
    body: unknown,
  ): { success: number; inProgress: number; failed: number } | undefined {
    const request = JobRequest.safeParse(body);
    return request.success ? this.jobs.get(request.data.jobId) : undefined;
  }

  private schedule(delivery: Delivery, delayMs: number): void {
    if (delivery.attempt === 1) this.outstanding += 1;
    const timer = setTimeout(() => {
      this.scheduled.delete(delivery.event.eventId);
      const run = this.deliver(delivery);
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }, delayMs);
    this.scheduled.set(delivery.event.eventId, { timer, delivery });
  }

  private async deliver(delivery: Delivery): Promise<void> {
    const consumer = this.consumers.get(delivery.event.queueName);
    if (!consumer || this.cancelledJobs.has(delivery.event.jobId)) {
      this.settle(delivery, 'cancelled');
      return;
    }
    const invocation: Invocation = {
      accountId: delivery.pushedBy?.accountId,
      kind: 'consumer',
      ...(delivery.pushedBy?.context ? { context: delivery.pushedBy.context } : {}),
      deadline: Date.now() + this.consumerTimeoutMs,
      invocationId: randomUUID(),
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(
            new ConsumerTimeoutError(
              `The consumer of queue "${delivery.event.queueName}" ran longer than ${this.consumerTimeoutMs} ms.`,
            ),
          );
        }, this.consumerTimeoutMs);
      });
      const context: ConsumerContext = { installContext: this.installContext };
      const result = await Promise.race([
        runWithInvocation(invocation, async () => {
          // Awaited inside, so a consumer that throws synchronously still rejects here.
          return await consumer(structuredClone(delivery.event), context);
        }),
        timeout,
      ]);
      const retry = retryRequest(result);
      if (!retry) {
        this.settle(delivery, 'succeeded');
      } else if (delivery.attempt > this.maxRetries) {
        this.settle(
          delivery,
          'failed',
          new Error(`The consumer asked for a retry after ${this.maxRetries} retries.`),
        );
      } else {
        const retryContext: RetryContext = {
          retryCount: delivery.attempt,
          retryReason: retry.retryReason,
          retryData: retry.retryData,
        };
        this.schedule(
          {
            ...delivery,
            event: { ...delivery.event, retryContext },
            attempt: delivery.attempt + 1,
          },
          retry.retryAfter * this.msPerSecond,
        );
      }
    } catch (error) {
      this.settle(delivery, 'failed', error);
    } finally {
      clearTimeout(timer);
    }
  }

  private settle(delivery: Delivery, outcome: EventOutcome, error?: unknown): void {
    const { queueName, jobId, eventId } = delivery.event;
    const settled: SettledEvent = {
      queueName,
      jobId,
      eventId,
      outcome,
      attempts: delivery.attempt,
      pushedBy: delivery.pushedBy?.accountId,
      ...(error === undefined ? {} : { error }),
    };
    const job = this.jobs.get(jobId);
    if (job) {
      job.inProgress -= 1;
      if (outcome === 'succeeded') job.success += 1;
      if (outcome === 'failed') job.failed += 1;
    }
    this.settledEvents.push(settled);
    if (this.settledEvents.length > HISTORY_LIMIT) this.settledEvents.shift();
    for (const listener of this.listeners) {
      try {
        listener(settled);
      } catch (listenerError) {
        // A broken listener must not corrupt the queue's bookkeeping, nor be silent.
        queueMicrotask(() => {
          throw listenerError;
        });
      }
    }
    this.outstanding -= 1;
    if (this.outstanding === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }
}
