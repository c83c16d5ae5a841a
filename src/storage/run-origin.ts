/**
 * Which rule or agent started a run, kept beside the run (the run record itself belongs to the
 * run stage and says only who started it). Written once, by the action that started the run:
 * a second rule that joined the same run, or a retried delivery, leaves the first record alone.
 */
import type { KeyValueStore } from './run-kvs';
import type { RunView } from '../contract';

export interface RunOrigin {
  runId: string;
  /** `automation`: a rule (its name when the rule passed it); `rovo`: the agent in a chat. */
  via: 'automation' | 'rovo' | 'action';
  ruleName?: string;
  executionId?: string;
  accountId: string;
  at: number;
}

export const runOriginKey = (runId: string) => `run-origin:${runId}`;

/**
 * Records `origin` for `run` when this call started it: a run created before `startedAt` was
 * another caller's (the engine joined it), and keeps whatever origin it has.
 */
export async function recordRunOrigin(
  kv: KeyValueStore,
  run: RunView,
  startedAt: number,
  origin: RunOrigin,
): Promise<void> {
  if (run.createdAt < startedAt) return;
  await kv.claim(runOriginKey(run.runId), origin);
}

export function getRunOrigin(kv: KeyValueStore, runId: string): Promise<RunOrigin | undefined> {
  return kv.get<RunOrigin>(runOriginKey(runId));
}
