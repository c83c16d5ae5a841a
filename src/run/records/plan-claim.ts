/**
 * One action at a time on a plan's runs. Starting, resuming and undoing a run, and the queue
 * consumer continuing one, each first claim the plan; of two racing actions exactly one gets the
 * claim, the other is told who holds it.
 *
 * KVS has no compare-and-set on plain keys, but `keyPolicy: 'FAIL_IF_EXISTS'` lets exactly one
 * writer create a key. So claims are numbered: `plan-claim:<planId>:<n>` is the n-th claim, and
 * taking the plan means creating the key one past the current claim, which only one caller can
 * do. A claim is free again when its holder releases it, or when its lease lapses (a worker that
 * died: Forge stops functions without warning). `plan-claim:<planId>` only remembers the last
 * number, so finding the current claim is one or two reads.
 */
import type { KeyValueStore } from '../../storage/run-kvs';
import { keyPart } from './run-store';

export type ClaimAction = 'run' | 'undo' | 'cancel';

export interface PlanClaim {
  planId: string;
  seq: number;
  action: ClaimAction;
  runId: string;
  accountId: string;
  /**
   * `active`: an invocation is working on it. `handoff`: the run waits in the queue; the consumer
   * that picks it up takes the claim over (and only one consumer can).
   */
  state: 'active' | 'handoff';
  leaseUntil: number;
  released?: boolean;
}

export type ClaimResult = { ok: true; claim: PlanClaim } | { ok: false; holder: PlanClaim };

export interface PlanClaims {
  /** The latest claim on the plan (live or not), or undefined when it was never claimed. */
  current(planId: string): Promise<PlanClaim | undefined>;
  /**
   * Claims the plan when nobody holds it, or when the holder is the queue hand-off of run
   * `takeOverHandoffOf` (the consumer continuing it).
   */
  acquire(
    planId: string,
    who: { action: ClaimAction; runId: string; accountId: string },
    options?: { takeOverHandoffOf?: string },
  ): Promise<ClaimResult>;
  /** Extends the lease; answers `lost` when another action took the plan meanwhile. */
  renew(claim: PlanClaim): Promise<'held' | 'lost'>;
  /** Leaves the claim to the queue consumer, reserved until `untilMs`. */
  handOff(claim: PlanClaim, untilMs: number): Promise<void>;
  release(claim: PlanClaim): Promise<void>;
}

export function isLive(claim: PlanClaim | undefined, now: number): claim is PlanClaim {
  return claim !== undefined && claim.released !== true && claim.leaseUntil > now;
}

/** Claims that follow one another without a lapse need no more than this many reads to find. */
const MAX_PROBE = 50;

export function createPlanClaims(
  kv: KeyValueStore,
  clock: { now: () => number; leaseMs: number },
): PlanClaims {
  const headKey = (planId: string) => `plan-claim:${keyPart(planId)}`;
  const claimKey = (planId: string, seq: number) => `plan-claim:${keyPart(planId)}:${seq}`;

  const current = async (planId: string): Promise<PlanClaim | undefined> => {
    const hint = (await kv.get<{ seq: number }>(headKey(planId)))?.seq ?? 0;
    let latest = hint > 0 ? await kv.get<PlanClaim>(claimKey(planId, hint)) : undefined;
    // The head is written after the claim, so a claim may exist one (or, after a crash, a few)
    // past it.
    for (let seq = hint + 1; seq <= hint + MAX_PROBE; seq++) {
      const next = await kv.get<PlanClaim>(claimKey(planId, seq));
      if (next === undefined) break;
      latest = next;
    }
    return latest;
  };

  return {
    current,

    async acquire(planId, who, options = {}) {
      const now = clock.now();
      const latest = await current(planId);
      const takingOver = latest?.state === 'handoff' && latest.runId === options.takeOverHandoffOf;
      if (isLive(latest, now) && !takingOver) return { ok: false, holder: latest };
      const claim: PlanClaim = {
        planId,
        seq: (latest?.seq ?? 0) + 1,
        ...who,
        state: 'active',
        leaseUntil: now + clock.leaseMs,
      };
      if (!(await kv.claim(claimKey(planId, claim.seq), claim))) {
        const winner = await kv.get<PlanClaim>(claimKey(planId, claim.seq));
        return { ok: false, holder: winner ?? claim };
      }
      await kv.set(headKey(planId), { seq: claim.seq });
      return { ok: true, claim };
    },

    async renew(claim) {
      const next = await kv.get<PlanClaim>(claimKey(claim.planId, claim.seq + 1));
      if (next !== undefined) return 'lost';
      claim.leaseUntil = clock.now() + clock.leaseMs;
      await kv.set(claimKey(claim.planId, claim.seq), claim);
      return 'held';
    },

    async handOff(claim, untilMs) {
      claim.state = 'handoff';
      claim.leaseUntil = untilMs;
      await kv.set(claimKey(claim.planId, claim.seq), claim);
    },

    async release(claim) {
      claim.released = true;
      await kv.set(claimKey(claim.planId, claim.seq), claim);
    },
  };
}
