/**
 * One answer per rule execution. Automation may deliver the same execution of a rule more than
 * once (a retry after a timeout or a lost answer); the first delivery claims the execution with
 * KVS `FAIL_IF_EXISTS`, and a later one gets the answer the first one recorded instead of
 * starting the engine again.
 *
 * This is the second line, not the first: the engine already creates each issue of a plan once
 * (the plan claim joins a run under way; a new run reconciles with Jira and adopts what exists),
 * so a delivery without an execution id, or one that arrives while the first is still working,
 * goes to the engine and still creates nothing twice. What the claim adds is that a retried
 * execution does not add a second, empty run to the issue's history.
 */
import { keyPart } from '../run';
import type { KeyValueStore } from '../storage/run-kvs';

export type ExecutionRecord<T> =
  { state: 'working'; at: number } | { state: 'answered'; at: number; answer: T };

const keyOf = (actionKey: string, executionId: string) =>
  `action-execution:${keyPart(`${actionKey}:${executionId}`)}`;

/**
 * Runs `work` once per (action, execution): answers what it answered the first time when this
 * execution was already answered. Without an execution id, simply runs `work`.
 */
export async function oncePerExecution<T>(
  kv: KeyValueStore,
  now: () => number,
  actionKey: string,
  executionId: string | undefined,
  work: () => Promise<T>,
): Promise<{ answer: T; repeated: boolean }> {
  if (executionId === undefined) return { answer: await work(), repeated: false };
  const key = keyOf(actionKey, executionId);
  const first = await kv.claim(key, { state: 'working', at: now() } satisfies ExecutionRecord<T>);
  if (!first) {
    const record = await kv.get<ExecutionRecord<T>>(key);
    if (record?.state === 'answered') return { answer: record.answer, repeated: true };
    // The first delivery is still working (or died): the engine joins or reconciles its run.
  }
  let answer: T;
  try {
    answer = await work();
  } catch (error) {
    // Refused (no permission, not ready): nothing is left behind, and a retry tries again.
    if (first) await kv.delete(key);
    throw error;
  }
  await kv.set(key, { state: 'answered', at: now(), answer } satisfies ExecutionRecord<T>);
  return { answer, repeated: !first };
}
