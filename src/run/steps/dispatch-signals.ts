/** How a task tells the dispatcher to stop: hand the rest to the queue, or give up on the run. */

/** Jira asked for a wait longer than this invocation has left, or kept failing transiently. */
export class HandOff extends Error {
  constructor(
    readonly delayMs: number,
    /** `index`: items wait for Jira's search index to show a lost create (not Jira failing). */
    readonly reason: 'unavailable' | 'index' = 'unavailable',
  ) {
    super('hand the rest of the run to the queue');
  }
}

/** Jira refused in a way no later request will change (the user lost permission). */
export class FatalJiraError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
