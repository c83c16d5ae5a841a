/** The async queue that carries runs too long for a resolver to the run consumer. */
import { Queue } from '@forge/events';

export const RUN_QUEUE_KEY = 'bb-runs';

export interface RunEvent extends Record<string, unknown> {
  runId: string;
}

export interface RunQueue {
  push(event: RunEvent, options?: { delayInSeconds?: number }): Promise<void>;
}

export function forgeRunQueue(): RunQueue {
  const queue = new Queue<RunEvent>({ key: RUN_QUEUE_KEY });
  return {
    async push(event, options = {}) {
      await queue.push({
        body: event,
        ...(options.delayInSeconds
          ? { delayInSeconds: Math.min(900, Math.ceil(options.delayInSeconds)) }
          : {}),
      });
    },
  };
}
