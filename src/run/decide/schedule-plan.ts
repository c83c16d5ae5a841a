/**
 * Orders a plan's creation into bulk chunks and decides, per link, whether it rides inside a
 * create request ("folded") or needs its own `POST /issueLink` afterwards. Pure.
 *
 * A child needs its parent's key, so items get a stage one past their parent's. A link can be
 * folded only into the create request of whichever end is created later, so two new issues
 * linked to each other must land in different stages: with the `fold` strategy the stages of
 * linked services are assigned like colours in a graph colouring (greedy, smallest free stage),
 * which costs at most a few extra stages and saves one request per link. The `post` strategy
 * keeps stages minimal and posts same-stage links in parallel with later chunks. Both are
 * simulated under the concurrency bound; the one with fewer round trips wins, then the one with
 * fewer requests.
 */
import { creationStages } from '../../domain/planning/creation-stages';
import type { PlanItem, PlanLink, PlanLinkEnd } from '../../domain/plan';
import { BULK_CREATE_MAX } from '../../domain/planning/estimate-plan';
import { simulateRounds, type Task } from './simulate-rounds';

export interface ScheduleInput {
  /** The plan's items, parents before children. */
  items: readonly PlanItem[];
  links: readonly PlanLink[];
  /** Local ids already in Jira (this or an earlier run created them): not created again. */
  existing: ReadonlySet<string>;
  /** Whether the issue type of an item has `issuelinks` on its create screen. */
  canCarryLinks: (localId: string) => boolean;
  /** Indexes of links Jira already has (both ends existed and were linked). */
  doneLinks: ReadonlySet<number>;
  concurrency: number;
  chunkLimit?: number;
  /** Force a strategy (tests, benchmark); by default the cheaper one is chosen. */
  strategy?: 'fold' | 'post';
}

export interface Chunk {
  index: number;
  stage: number;
  localIds: string[];
  /** Chunks holding the parents and fold partners of this chunk's items. */
  dependsOn: number[];
}

/** A link carried by the create request of `carrier`. */
export interface FoldedLink {
  linkIndex: number;
  carrier: string;
  carrierIs: 'from' | 'to';
  partner: PlanLinkEnd;
}

/** A link sent on its own once both ends exist. */
export interface PostedLink {
  linkIndex: number;
  dependsOn: number[];
}

export interface Schedule {
  strategy: 'fold' | 'post';
  chunks: Chunk[];
  folds: FoldedLink[];
  posts: PostedLink[];
  /** Round trips on the critical path under the concurrency bound (creates and links). */
  rounds: number;
  /** Bulk calls plus link posts. */
  requests: number;
}

export function schedulePlan(input: ScheduleInput): Schedule {
  if (input.strategy) return buildSchedule(input, input.strategy);
  const fold = buildSchedule(input, 'fold');
  const post = buildSchedule(input, 'post');
  if (post.rounds < fold.rounds) return post;
  if (post.rounds === fold.rounds && post.requests < fold.requests) return post;
  return fold;
}

function buildSchedule(input: ScheduleInput, strategy: 'fold' | 'post'): Schedule {
  const limit = input.chunkLimit ?? BULK_CREATE_MAX;
  const toCreate = input.items.filter((i) => !input.existing.has(i.localId));
  const isNew = new Set(toCreate.map((i) => i.localId));
  const newEnd = (end: PlanLinkEnd) =>
    end.kind === 'item' && isNew.has(end.localId) ? end.localId : undefined;

  // Links between two new issues that could be folded whichever end comes later.
  const foldPairs: [string, string][] = [];
  if (strategy === 'fold') {
    input.links.forEach((link, index) => {
      if (input.doneLinks.has(index)) return;
      const a = newEnd(link.from);
      const b = newEnd(link.to);
      if (a === undefined || b === undefined || a === b) return;
      if (!input.canCarryLinks(a) || !input.canCarryLinks(b)) return;
      foldPairs.push([a, b]);
    });
  }
  const stage = creationStages(toCreate, foldPairs);

  const folds: FoldedLink[] = [];
  const postedEnds: { linkIndex: number; waitFor: string[] }[] = [];
  input.links.forEach((link, linkIndex) => {
    if (input.doneLinks.has(linkIndex)) return;
    const from = newEnd(link.from);
    const to = newEnd(link.to);
    if (from === undefined && to === undefined) {
      postedEnds.push({ linkIndex, waitFor: [] });
      return;
    }
    // The end created last carries the link, if its create screen allows it.
    let carrierIs: 'from' | 'to';
    if (from !== undefined && to !== undefined) {
      const sf = stage.get(from) ?? 0;
      const st = stage.get(to) ?? 0;
      if (sf === st) {
        postedEnds.push({ linkIndex, waitFor: [from, to] });
        return;
      }
      carrierIs = sf > st ? 'from' : 'to';
    } else {
      carrierIs = from !== undefined ? 'from' : 'to';
    }
    const carrier = (carrierIs === 'from' ? from : to) as string;
    if (!input.canCarryLinks(carrier)) {
      postedEnds.push({
        linkIndex,
        waitFor: [from, to].filter((x): x is string => x !== undefined),
      });
      return;
    }
    folds.push({
      linkIndex,
      carrier,
      carrierIs,
      partner: carrierIs === 'from' ? link.to : link.from,
    });
  });

  // What each new item must wait for: its parent and the partners whose keys its links need.
  const waitsFor = new Map<string, string[]>();
  for (const item of toCreate) {
    const deps: string[] = [];
    if (item.parent?.kind === 'item' && isNew.has(item.parent.localId))
      deps.push(item.parent.localId);
    waitsFor.set(item.localId, deps);
  }
  for (const f of folds) {
    if (f.partner.kind === 'item' && isNew.has(f.partner.localId))
      waitsFor.get(f.carrier)?.push(f.partner.localId);
  }

  const chunkOf = new Map<string, number>();
  const chunks: Chunk[] = [];
  const stages = [...new Set(stage.values())].sort((a, b) => a - b);
  for (const s of stages) {
    const members = toCreate
      .filter((i) => stage.get(i.localId) === s)
      .map((i, order) => ({
        id: i.localId,
        order,
        readyAfter: Math.max(
          -1,
          ...(waitsFor.get(i.localId) ?? []).map((d) => chunkOf.get(d) ?? -1),
        ),
      }))
      .sort((a, b) => a.readyAfter - b.readyAfter || a.order - b.order);
    for (const ids of balancedSlices(
      members.map((m) => m.id),
      limit,
    )) {
      const index = chunks.length;
      const dependsOn = new Set<number>();
      for (const id of ids) {
        for (const d of waitsFor.get(id) ?? []) dependsOn.add(chunkOf.get(d) as number);
        chunkOf.set(id, index);
      }
      chunks.push({
        index,
        stage: s,
        localIds: ids,
        dependsOn: [...dependsOn].sort((a, b) => a - b),
      });
    }
  }

  const posts: PostedLink[] = postedEnds.map((p) => ({
    linkIndex: p.linkIndex,
    dependsOn: [...new Set(p.waitFor.map((id) => chunkOf.get(id) as number))].sort((a, b) => a - b),
  }));

  return {
    strategy,
    chunks,
    folds,
    posts,
    rounds: simulateRounds(scheduleTasks({ chunks, posts }), input.concurrency),
    requests: chunks.length + posts.length,
  };
}

/** The schedule as generic tasks (chunk `c<n>`, link post `l<n>`) for simulation and dispatch. */
export function scheduleTasks(schedule: Pick<Schedule, 'chunks' | 'posts'>): Task[] {
  return [
    ...schedule.chunks.map((c) => ({
      id: `c${c.index}`,
      dependsOn: c.dependsOn.map((d) => `c${d}`),
    })),
    ...schedule.posts.map((p) => ({
      id: `l${p.linkIndex}`,
      dependsOn: p.dependsOn.map((d) => `c${d}`),
    })),
  ];
}

/** Splits into the fewest slices of at most `limit`, as even as possible, keeping order. */
export function balancedSlices<T>(values: readonly T[], limit: number): T[][] {
  if (values.length === 0) return [];
  const count = Math.ceil(values.length / limit);
  const base = Math.floor(values.length / count);
  const extra = values.length % count;
  const slices: T[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = base + (i < extra ? 1 : 0);
    slices.push(values.slice(at, at + size));
    at += size;
  }
  return slices;
}
