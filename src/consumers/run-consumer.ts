/**
 * The async consumer for runs too long for a resolver (queue `bb-runs`, 900 s timeout). It acts
 * as the app — no user is present — so before creating anything it re-checks, inside
 * `executeRun`, that the person who started the run may still create issues in the project.
 */
import { executeRun } from '../jira/execute-run';
import type { RunEvent } from '../jira/run-queue';

/** Forge passes the pushed event (`{ body, queueName, jobId, … }`); older runtimes passed the body alone. */
type ConsumerEvent = { body: RunEvent } | RunEvent;

export async function runConsumer(event: ConsumerEvent): Promise<void> {
  const body: Partial<RunEvent> = isWrapped(event) ? event.body : event;
  if (typeof body.runId !== 'string') throw new Error('run event without a runId');
  await executeRun(body.runId, { actor: 'app' });
}

function isWrapped(event: ConsumerEvent): event is { body: RunEvent } {
  return (
    typeof (event as { body?: unknown }).body === 'object' &&
    (event as { body?: unknown }).body !== null
  );
}
