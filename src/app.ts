/**
 * The app's handlers for one run environment. The deployed app builds them once with Forge's
 * environment (`index.ts`); tests, the benchmark and the dev host build them with their own, the
 * same way.
 */
import { createActionHandlers } from './actions/action-handlers';
import { createRunConsumer } from './consumers/run-consumer';
import { createPersonalDataReport } from './privacy/report-personal-data';
import { createResolverDefinitions } from './resolvers';
import type { AppEnvironment } from './app-environment';
import type { AnswerCheck } from './resolvers/answer-check';

/** How the app is built beyond its environment. */
export interface AppOptions {
  /** Whether resolver answers are parsed against the contract before they leave. */
  readonly answers: AnswerCheck;
}

export function createApp(env: AppEnvironment, options: AppOptions) {
  return {
    handler: createResolverDefinitions(env, options.answers),
    runConsumer: createRunConsumer(env),
    /** The `action` modules Automation rules and the Rovo agent call. */
    actions: createActionHandlers(env),
    /** The weekly `scheduledTrigger` that reports stored accounts and erases closed ones. */
    personalDataReport: createPersonalDataReport({
      storage: env.storageEntries,
      report: env.reportAccounts,
      now: env.now,
      remainingMs: env.invocationRemainingMs,
    }),
  };
}
