/**
 * Shared set-up of the executor acceptance tests: the local Forge stand-in (emulator, KVS, queue
 * with the run consumer) and a run environment on a virtual clock shared with the emulator, so
 * retry waits, search lag and leases cost no real time and never depend on machine speed.
 */
import { createRunConsumer } from '../../../src/consumers/run-consumer';
import {
  appEnvironment,
  type AppEnvironment,
  type AppEnvironmentOverrides,
} from '../../../src/app-environment';
import { SEED_USERS } from '../../../dev/emulator/seed';
import { startLocalForge, type LocalForge } from '../../support/local-forge';
import { virtualClock, type VirtualClock } from '../../support/virtual-clock';

export interface Harness {
  forge: LocalForge;
  clock: VirtualClock;
  /** Every retry wait the executor asked for, in ms (the policy's decision). */
  waits: number[];
  /** The environment tests run with; `use` changes it for the consumer too. */
  env: AppEnvironment;
  use(overrides: AppEnvironmentOverrides): AppEnvironment;
}

export async function startHarness(): Promise<Harness> {
  const clock = virtualClock();
  const harness = { clock, waits: clock.waits } as Harness;
  const base = (overrides: AppEnvironmentOverrides = {}): AppEnvironment =>
    appEnvironment({
      now: clock.now,
      sleep: clock.sleep,
      // Tests decide inline or queued explicitly, or give the round-trip time to decide from.
      runMode: 'inline',
      invocationRemainingMs: () => undefined,
      ...overrides,
    });
  harness.env = base();
  harness.use = (overrides) => {
    // Built by the same builder, so the stores it derives see the overrides (a lease, a clock).
    harness.env = base(overrides);
    return harness.env;
  };
  harness.forge = await startLocalForge({
    emulator: { now: clock.now },
    consumers: {
      // The consumer reads the harness's environment when it runs, as a deployed one reads Forge's.
      'bb-runs': ((event: never) => createRunConsumer(harness.env)(event)) as never,
    },
  });
  return harness;
}

export async function stopHarness(harness: Harness | undefined): Promise<void> {
  await harness?.forge.stop();
}

/** Lets the app check, as the consumer must, another account's permissions (Administer Jira). */
export function grantAppAdministerJira(forge: LocalForge): void {
  forge.emulator.setGlobalPermission('app', 'ADMINISTER', true);
}

export const MEMBER = SEED_USERS.member.accountId;
export const ADMIN = SEED_USERS.admin.accountId;

/** Issues of a project the app created for `planId`, from the emulator's own store. */
export function issuesOfPlan(forge: LocalForge, projectKey: string, planId: string) {
  return forge.emulator
    .issues(projectKey)
    .filter(
      (i) =>
        (i.properties['backend-breakdown'] as { planId?: string } | undefined)?.planId === planId,
    );
}

/** How many issues Jira holds per local id of `planId` (a duplicate shows as 2). */
export function copiesPerLocalId(forge: LocalForge, projectKey: string, planId: string) {
  const counts = new Map<string, number>();
  for (const issue of issuesOfPlan(forge, projectKey, planId)) {
    const localId = (issue.properties['backend-breakdown'] as { localId: string }).localId;
    counts.set(localId, (counts.get(localId) ?? 0) + 1);
  }
  return counts;
}
