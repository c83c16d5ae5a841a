/**
 * The async consumer for runs too long for a resolver (queue `bb-runs`, 900 s timeout). It acts
 * as the app — Forge documents no way for a consumer to act as the person who pushed the event —
 * so before creating anything it asks Jira whether that person may still create issues in the
 * project, and stops with a plain message when Jira will not answer that question
 * (`prepare-run.ts`).
 */
import { continueQueuedRun, type RunEnvironment, type RunEvent } from '../run';

/** Forge passes the pushed event (`{ body, queueName, jobId, … }`); older runtimes passed the body alone. */
type ConsumerEvent = { body: RunEvent } | RunEvent;

export function createRunConsumer(env: RunEnvironment): (event: ConsumerEvent) => Promise<void> {
  return async (event) => {
    const body: Partial<RunEvent> = isWrapped(event) ? event.body : event;
    if (typeof body.runId !== 'string') throw new Error('run event without a runId');
    await continueQueuedRun(env, body.runId);
  };
}

function isWrapped(event: ConsumerEvent): event is { body: RunEvent } {
  return (
    typeof (event as { body?: unknown }).body === 'object' &&
    (event as { body?: unknown }).body !== null
  );
}
