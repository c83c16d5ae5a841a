/**
 * Runs in Forge KVS. A run is read by the UI every second or two while it progresses, so it is
 * split to stay far under KVS's 240 KiB per value even for a 500-item plan with long Jira error
 * messages:
 *
 *   run:<runId>                 header (status, counts, timings, requests)
 *   run:<runId>:items:<n>       per-item outcomes, 100 per page, as compact tuples
 *   run:<runId>:links:<n>       per-link outcomes, 200 per page
 *   run:<runId>:plan            the plan executed, without its items
 *   run:<runId>:plan:<n>        the plan's items, in pages of at most ~100 KB
 *   run:<runId>:cancel          present when someone asked to cancel (a separate key, so the
 *                               executor's own progress writes never overwrite the request)
 */
import { createHash } from 'node:crypto';
import type { Plan, PlanItem } from '../../domain/plan';
import type { ItemOutcome, LinkOutcome, Run, RunHeader } from '../run';
import type { KeyValueStore } from '../../storage/run-kvs';

export const ITEMS_PER_PAGE = 100;
export const LINKS_PER_PAGE = 200;
const PLAN_PAGE_BYTES = 100_000;
const MAX_REASON = 500;

type ItemTuple =
  | [string, 'p']
  | [string, 'c' | 'e', string, string]
  | [string, 'f', string]
  | [string, 'b', string, string]
  | [string, 'd', string];
type LinkTuple = ['p'] | ['c', 'r' | 'l'] | ['e'] | ['f' | 'b', string];

interface StoredPlanHead extends Omit<Plan, 'items'> {
  itemPages: number;
}

export const runKey = (runId: string) => `run:${runId}`;
const itemsKey = (runId: string, page: number) => `run:${runId}:items:${page}`;
const linksKey = (runId: string, page: number) => `run:${runId}:links:${page}`;
const planKey = (runId: string) => `run:${runId}:plan`;
const planPageKey = (runId: string, page: number) => `run:${runId}:plan:${page}`;
const cancelKey = (runId: string) => `run:${runId}:cancel`;

export interface RunStore {
  /** Stores a new run and the plan it executes. */
  create(run: Run, plan: Plan): Promise<void>;
  load(runId: string): Promise<Run | undefined>;
  loadHeader(runId: string): Promise<RunHeader | undefined>;
  loadPlan(runId: string): Promise<Plan | undefined>;
  /** Writes the run, skipping pages that did not change since this store last wrote them. */
  save(run: Run): Promise<void>;
  requestCancel(runId: string, accountId: string): Promise<void>;
  isCancelRequested(runId: string): Promise<boolean>;
  clearCancel(runId: string): Promise<void>;
}

export function createRunStore(store: KeyValueStore): RunStore {
  const lastWritten = new Map<string, string>();
  const writeIfChanged = async (key: string, value: unknown) => {
    const json = JSON.stringify(value);
    if (lastWritten.get(key) === json) return;
    await store.set(key, value);
    lastWritten.set(key, json);
  };

  // Saves of one run are chained so a slow early write never lands after a later one.
  const saving = new Map<string, Promise<void>>();
  const save = (run: Run): Promise<void> => {
    const previous = saving.get(run.runId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => writeRun(run));
    saving.set(run.runId, next);
    return next;
  };

  const writeRun = async (run: Run) => {
    const { items, linkOutcomes, ...header } = run;
    const writes: Promise<void>[] = [];
    pages(items.map(encodeItem), ITEMS_PER_PAGE).forEach((page, n) =>
      writes.push(writeIfChanged(itemsKey(run.runId, n), page)),
    );
    pages(linkOutcomes.map(encodeLink), LINKS_PER_PAGE).forEach((page, n) =>
      writes.push(writeIfChanged(linksKey(run.runId, n), page)),
    );
    await Promise.all(writes);
    // The header last: a reader that sees new counts finds the outcomes behind them.
    await writeIfChanged(runKey(run.runId), header);
  };

  const loadHeader = (runId: string) => store.get<RunHeader>(runKey(runId));

  return {
    async create(run, plan) {
      const { items, ...head } = plan;
      const planPages = pagesBySize(items, PLAN_PAGE_BYTES);
      await Promise.all(planPages.map((page, n) => store.set(planPageKey(run.runId, n), page)));
      const stored: StoredPlanHead = { ...head, itemPages: planPages.length };
      await store.set(planKey(run.runId), stored);
      await save(run);
    },

    loadHeader,

    async load(runId) {
      const header = await loadHeader(runId);
      if (!header) return undefined;
      const itemPages = await Promise.all(
        range(Math.ceil(header.counts.total / ITEMS_PER_PAGE)).map((n) =>
          store.get<ItemTuple[]>(itemsKey(runId, n)),
        ),
      );
      const linkPages = await Promise.all(
        range(Math.ceil(header.links.total / LINKS_PER_PAGE)).map((n) =>
          store.get<LinkTuple[]>(linksKey(runId, n)),
        ),
      );
      return {
        ...header,
        items: itemPages.flatMap((p) => p ?? []).map(decodeItem),
        linkOutcomes: linkPages.flatMap((p) => p ?? []).map((t, index) => decodeLink(t, index)),
      };
    },

    async loadPlan(runId) {
      const head = await store.get<StoredPlanHead>(planKey(runId));
      if (!head) return undefined;
      const { itemPages, ...rest } = head;
      const pagesRead = await Promise.all(
        range(itemPages).map((n) => store.get<PlanItem[]>(planPageKey(runId, n))),
      );
      return { ...rest, items: pagesRead.flatMap((p) => p ?? []) };
    },

    save,

    requestCancel: (runId, accountId) => store.set(cancelKey(runId), { accountId }),
    isCancelRequested: async (runId) => (await store.get(cancelKey(runId))) !== undefined,
    clearCancel: (runId) => store.delete(cancelKey(runId)),
  };
}

function encodeItem(i: ItemOutcome): ItemTuple {
  switch (i.outcome) {
    case 'pending':
      return [i.localId, 'p'];
    case 'created':
      return [i.localId, 'c', i.key, i.id];
    case 'existed':
      return [i.localId, 'e', i.key, i.id];
    case 'failed':
      return [i.localId, 'f', clip(i.reason)];
    case 'blocked':
      return [i.localId, 'b', i.blockedBy, clip(i.reason)];
    case 'deleted':
      return [i.localId, 'd', i.key];
  }
}

function decodeItem(t: ItemTuple): ItemOutcome {
  switch (t[1]) {
    case 'p':
      return { localId: t[0], outcome: 'pending' };
    case 'c':
      return { localId: t[0], outcome: 'created', key: t[2], id: t[3] };
    case 'e':
      return { localId: t[0], outcome: 'existed', key: t[2], id: t[3] };
    case 'f':
      return { localId: t[0], outcome: 'failed', reason: t[2] };
    case 'b':
      return { localId: t[0], outcome: 'blocked', blockedBy: t[2], reason: t[3] };
    case 'd':
      return { localId: t[0], outcome: 'deleted', key: t[2] };
  }
}

function encodeLink(l: LinkOutcome): LinkTuple {
  switch (l.outcome) {
    case 'pending':
      return ['p'];
    case 'created':
      return ['c', l.via === 'create-request' ? 'r' : 'l'];
    case 'existed':
      return ['e'];
    case 'failed':
      return ['f', clip(l.reason)];
    case 'blocked':
      return ['b', clip(l.reason)];
  }
}

function decodeLink(t: LinkTuple, index: number): LinkOutcome {
  switch (t[0]) {
    case 'p':
      return { index, outcome: 'pending' };
    case 'c':
      return { index, outcome: 'created', via: t[1] === 'r' ? 'create-request' : 'issue-link' };
    case 'e':
      return { index, outcome: 'existed' };
    case 'f':
      return { index, outcome: 'failed', reason: t[1] };
    case 'b':
      return { index, outcome: 'blocked', reason: t[1] };
  }
}

function clip(text: string): string {
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text;
}

function pages<T>(values: readonly T[], size: number): T[][] {
  return range(Math.ceil(values.length / size)).map((n) => values.slice(n * size, (n + 1) * size));
}

/** Groups values into pages whose JSON stays under `maxBytes` (a single huge value gets its own page). */
export function pagesBySize<T>(values: readonly T[], maxBytes: number): T[][] {
  const out: T[][] = [];
  let page: T[] = [];
  let bytes = 2;
  for (const v of values) {
    const size = Buffer.byteLength(JSON.stringify(v), 'utf8') + 1;
    if (page.length > 0 && bytes + size > maxBytes) {
      out.push(page);
      page = [];
      bytes = 2;
    }
    page.push(v);
    bytes += size;
  }
  if (page.length > 0) out.push(page);
  return out;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * The latest run of each plan (`plan-run:<planId>`): what a reopened panel shows. Who may act on
 * a plan's runs is decided by the plan's claim (`plan-claim.ts`), not by this pointer.
 */
export interface LatestRunIndex {
  get(planId: string): Promise<string | undefined>;
  set(planId: string, runId: string): Promise<void>;
  clear(planId: string): Promise<void>;
}

export function createLatestRunIndex(store: KeyValueStore): LatestRunIndex {
  const key = (planId: string) => `plan-run:${keyPart(planId)}`;
  return {
    get: async (planId) => (await store.get<{ runId: string }>(key(planId)))?.runId,
    set: (planId, runId) => store.set(key(planId), { runId }),
    clear: (planId) => store.delete(key(planId)),
  };
}

/**
 * An id as a KVS key segment. Forge keys allow only `[a-zA-Z0-9:._\s-#]` and 500 characters;
 * other ids are made safe and told apart by a hash of the original.
 */
export function keyPart(id: string): string {
  if (/^[a-zA-Z0-9:._-]{1,200}$/.test(id)) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 16);
  return `${id.replace(/[^a-zA-Z0-9:._-]/g, '_').slice(0, 100)}#${hash}`;
}
