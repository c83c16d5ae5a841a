import { z } from 'zod';

/**
 * What `@forge/events` 3.0.8 `Queue.push` posts (`out/queue.js`), and Forge's limits on it
 * (`out/validators.js`: 50 events, 200 KB, queue name pattern, delay 0–900 s). The client checks
 * the same limits before sending; the local queue checks them again so a different client
 * version cannot slip past them.
 */
export const PUSH_LIMITS = {
  maxEvents: 50,
  maxPayloadKiloBytes: 200,
  maxDelaySeconds: 900,
  queueNamePattern: /^[a-zA-Z0-9-_]+$/,
} as const;

export const PushEvent = z.object({
  body: z.record(z.string(), z.unknown()),
  delayInSeconds: z.number().optional(),
  concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
});
export type PushEvent = z.infer<typeof PushEvent>;

export const PushRequest = z.object({
  queueName: z.string(),
  jobId: z.string().min(1),
  type: z.string().optional(),
  schema: z.string().optional(),
  payload: z.array(z.unknown()),
  time: z.string().optional(),
});

export const JobRequest = z.object({ queueName: z.string(), jobId: z.string().min(1) });

/** A push the platform refuses, with the status and body Forge's events service would send. */
export class PushRejected extends Error {
  override readonly name = 'PushRejected';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }

  toResponse(): Response {
    // 413 bodies carry `errorMessage` (read by @forge/events' PayloadTooBigError); others `message`.
    const body = this.status === 413 ? { errorMessage: this.message } : { message: this.message };
    return Response.json(body, { status: this.status });
  }
}

/** The events of a push, or the Forge-like rejection of the whole push. */
export function validPushEvents(payload: readonly unknown[]): PushEvent[] {
  if (payload.length === 0) throw new PushRejected(400, 'No events pushed.');
  if (payload.length > PUSH_LIMITS.maxEvents) {
    throw new PushRejected(
      400,
      `This push contains more than the ${PUSH_LIMITS.maxEvents} events allowed.`,
    );
  }
  const events = payload.map((event) => {
    const parsed = PushEvent.safeParse(event);
    if (!parsed.success) throw new PushRejected(400, 'Event body must be an object.');
    const delay = parsed.data.delayInSeconds ?? 0;
    if (delay < 0 || delay > PUSH_LIMITS.maxDelaySeconds) {
      throw new PushRejected(400, 'The delayInSeconds setting must be between 0 and 900.');
    }
    return parsed.data;
  });
  if (Buffer.byteLength(JSON.stringify(payload)) / 1024 > PUSH_LIMITS.maxPayloadKiloBytes) {
    throw new PushRejected(
      413,
      `The maximum payload size is ${PUSH_LIMITS.maxPayloadKiloBytes}KB.`,
    );
  }
  return events;
}
