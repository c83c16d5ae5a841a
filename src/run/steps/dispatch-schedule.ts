/**
 * Runs a schedule's tasks — bulk-create chunks and link posts — as soon as their dependencies
 * are done, tallest remaining chain first, never more than `concurrency` at once. After every
 * answer it saves progress (the UI polls it) and checks for a cancel request and for the
 * invocation's deadline.
 */
import type { RunStore } from '../records/run-store';
import { JiraError } from '../../jira/jira-errors';
import { FatalJiraError, HandOff } from './dispatch-signals';
import { createChunk, postLink, type TaskContext } from './run-tasks';
import {
  scheduleTasks,
  type FoldedLink,
  type PostedLink,
  type Schedule,
} from '../decide/schedule-plan';
import { heights } from '../decide/simulate-rounds';

export interface DispatchArgs {
  schedule: Schedule;
  task: Omit<TaskContext, 'foldsByCarrier'>;
  store: RunStore;
  runId: string;
  concurrency: number;
  deadline: number;
  save: () => Promise<void>;
  now: () => number;
  /** True once another action took the plan over (an expired lease): stop at once. */
  claimLost: () => boolean;
}

export interface DispatchResult {
  stop?: 'cancel' | 'handoff' | 'fatal' | 'lost';
  error?: { code: string; message: string };
  /** With `handoff`: how long Jira asked to wait before continuing. */
  delayMs?: number;
  /** With `handoff`: items wait for the search index, Jira did not fail. */
  waitingForIndex?: boolean;
  timings: { createMs?: number; linkMs?: number };
}

/** How often a running run looks for a cancel request. */
const CANCEL_POLL_MS = 1_000;

/** Room left for one more round trip and the final save before the platform stops us. */
const DEADLINE_MARGIN_MS = 3_000;

export async function dispatchSchedule(args: DispatchArgs): Promise<DispatchResult> {
  const { schedule, now } = args;
  const tasks = scheduleTasks(schedule);
  const height = heights(tasks);
  const chunkByTask = new Map(schedule.chunks.map((c) => [`c${c.index}`, c]));
  const postByTask = new Map(schedule.posts.map((p) => [`l${p.linkIndex}`, p]));
  const foldsByCarrier = new Map<string, FoldedLink[]>();
  for (const f of schedule.folds)
    foldsByCarrier.set(f.carrier, [...(foldsByCarrier.get(f.carrier) ?? []), f]);
  const context: TaskContext = { ...args.task, foldsByCarrier };

  const result: DispatchResult = { timings: {} };
  const span = {
    create: [undefined, undefined] as (number | undefined)[],
    link: [undefined, undefined] as (number | undefined)[],
  };
  const stop = (
    reason: NonNullable<DispatchResult['stop']>,
    extra: Partial<DispatchResult> = {},
  ) => {
    if (result.stop === undefined || reason === 'fatal')
      Object.assign(result, { stop: reason }, extra);
  };

  const runTask = async (id: string) => {
    const chunk = chunkByTask.get(id);
    const kind = chunk ? span.create : span.link;
    kind[0] ??= now();
    try {
      if (chunk) await createChunk(chunk, context);
      else await postLink(postByTask.get(id) as PostedLink, context);
    } catch (error) {
      if (error instanceof HandOff)
        stop('handoff', { delayMs: error.delayMs, waitingForIndex: error.reason === 'index' });
      else if (error instanceof FatalJiraError)
        stop('fatal', { error: { code: error.code, message: error.message } });
      else if (error instanceof JiraError)
        // A lookup inside a task failed after the client's own retries: try again later.
        stop('handoff', { delayMs: 0 });
      else throw error;
    } finally {
      kind[1] = now();
    }
  };

  const progress = progressWriter(args);
  const done = new Set<string>();
  const waiting = [...tasks];
  const inFlight = new Map<string, Promise<void>>();
  for (;;) {
    if (
      result.stop === undefined &&
      waiting.length > 0 &&
      args.deadline - now() < DEADLINE_MARGIN_MS
    ) {
      stop('handoff', { delayMs: 0 });
    }
    if (result.stop === undefined) {
      const ready = waiting
        .filter((t) => t.dependsOn.every((d) => done.has(d)))
        .sort((a, b) => (height.get(b.id) ?? 0) - (height.get(a.id) ?? 0));
      for (const task of ready) {
        if (inFlight.size >= args.concurrency) break;
        waiting.splice(waiting.indexOf(task), 1);
        inFlight.set(
          task.id,
          runTask(task.id).finally(() => {
            inFlight.delete(task.id);
            done.add(task.id);
          }),
        );
      }
    }
    if (inFlight.size === 0) break;
    await Promise.race(inFlight.values());
    // Progress is saved and the cancel flag read off the critical path: the next requests go
    // out first, and KVS is asked about cancellation at most once a second.
    progress.save();
    if (result.stop === undefined && args.claimLost()) stop('lost');
    if (result.stop === undefined && (await progress.cancelRequested())) stop('cancel');
  }
  await progress.flush();

  const [createStart, createEnd] = span.create;
  const [linkStart, linkEnd] = span.link;
  if (createStart !== undefined && createEnd !== undefined)
    result.timings.createMs = createEnd - createStart;
  if (linkStart !== undefined && linkEnd !== undefined) result.timings.linkMs = linkEnd - linkStart;
  return result;
}

/** Saves that never overlap (the latest state wins) and a cancel flag read at most every second. */
function progressWriter({ save, store, runId, now }: DispatchArgs) {
  let saving: Promise<void> | undefined;
  let again = false;
  let failure: Error | undefined;
  let checkedAt = -Infinity;
  let cancelled = false;
  const loop = async (): Promise<void> => {
    do {
      again = false;
      await save().catch((error: unknown) => {
        failure ??= error instanceof Error ? error : new Error(String(error));
      });
    } while (again);
    saving = undefined;
  };
  return {
    save(): void {
      if (saving) again = true;
      else saving = loop();
    },
    async cancelRequested(): Promise<boolean> {
      if (!cancelled && now() - checkedAt >= CANCEL_POLL_MS) {
        checkedAt = now();
        cancelled = await store.isCancelRequested(runId);
      }
      return cancelled;
    },
    async flush(): Promise<void> {
      await saving;
      if (failure !== undefined) throw failure;
    },
  };
}
