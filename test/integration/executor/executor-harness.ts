/**
 * Shared set-up of the executor acceptance tests: the local Forge stand-in (emulator, KVS, queue
 * with the run consumer) and an executor configured with fast, recorded retry waits.
 */
import { runConsumer } from '../../../src/consumers/run-consumer';
import { configureExecutor, resetExecutorConfig } from '../../../src/jira';
import { startLocalForge, type LocalForge } from '../../support/local-forge';

export interface Harness {
  forge: LocalForge;
  /** Every retry wait the executor asked for, in ms (the policy's decision, not scaled). */
  waits: number[];
}

/**
 * Starts the stand-in. Retry waits are recorded at their full length and slept at 1/100th,
 * so a `Retry-After: 1` is honoured in order but costs 10 ms.
 */
export async function startHarness(): Promise<Harness> {
  const forge = await startLocalForge({ consumers: { 'bb-runs': runConsumer as never } });
  const waits: number[] = [];
  resetExecutorConfig();
  configureExecutor({
    request: {
      sleep: (ms) => {
        waits.push(ms);
        return new Promise((resolve) => setTimeout(resolve, ms / 100));
      },
    },
  });
  return { forge, waits };
}

export async function stopHarness(harness: Harness | undefined): Promise<void> {
  resetExecutorConfig();
  await harness?.forge.stop();
}

/** Issues of a project the app created for `planId`, from the emulator's own store. */
export function issuesOfPlan(forge: LocalForge, projectKey: string, planId: string) {
  return forge.emulator
    .issues(projectKey)
    .filter(
      (i) =>
        (i.properties['backend-breakdown'] as { planId?: string } | undefined)?.planId === planId,
    );
}
