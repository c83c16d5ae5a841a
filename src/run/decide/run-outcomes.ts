/**
 * The executor's working state for one run: each item's and link's outcome, updated as Jira
 * answers, and turned back into the stored `Run`. Pure bookkeeping, no I/O.
 */
import type { Plan, PlanItem, PlanLinkEnd } from '../../domain/plan';
import type { ExistingPlanIssue } from '../steps/reconcile';
import { countItems, countLinks, type ItemOutcome, type LinkOutcome, type Run } from '../run';

export class RunOutcomes {
  private readonly items = new Map<string, ItemOutcome>();
  private readonly links: LinkOutcome[];
  private readonly byId: Map<string, PlanItem>;

  constructor(
    private readonly plan: Plan,
    private readonly runId: string,
    previous: Pick<Run, 'items' | 'linkOutcomes'>,
  ) {
    this.byId = new Map(plan.items.map((i) => [i.localId, i]));
    const before = new Map(previous.items.map((i) => [i.localId, i]));
    for (const item of plan.items)
      this.items.set(
        item.localId,
        before.get(item.localId) ?? { localId: item.localId, outcome: 'pending' },
      );
    this.links = plan.links.map(
      (_, index) => previous.linkOutcomes[index] ?? { index, outcome: 'pending' },
    );
  }

  item(localId: string): ItemOutcome | undefined {
    return this.items.get(localId);
  }

  planItem(localId: string): PlanItem {
    const item = this.byId.get(localId);
    if (!item) throw new Error(`no plan item ${localId}`);
    return item;
  }

  /** The Jira key of an item that exists (created now or earlier). */
  keyOf = (localId: string): string | undefined => {
    const o = this.items.get(localId);
    return o && (o.outcome === 'created' || o.outcome === 'existed') ? o.key : undefined;
  };

  endKey(end: PlanLinkEnd): string | undefined {
    return end.kind === 'existing' ? end.key : this.keyOf(end.localId);
  }

  /** The Jira id of an item that exists, as this record knows it. */
  idOf(localId: string): string | undefined {
    const o = this.items.get(localId);
    return o && (o.outcome === 'created' || o.outcome === 'existed') ? o.id : undefined;
  }

  /** Ids of every issue the record says exists: read consistently when reconciling. */
  knownIssueIds(): string[] {
    return [...this.items.values()].flatMap((o) =>
      o.outcome === 'created' || o.outcome === 'existed' ? [o.id] : [],
    );
  }

  /** Items Jira has: by this run ("created") or by an earlier one ("existed"). */
  existingIds(): Set<string> {
    return new Set(
      [...this.items.values()]
        .filter((o) => o.outcome === 'created' || o.outcome === 'existed')
        .map((o) => o.localId),
    );
  }

  /** Records what reconciliation found; returns the local ids that were not known to exist. */
  absorb(found: ReadonlyMap<string, ExistingPlanIssue>): string[] {
    const learned: string[] = [];
    for (const [localId, issue] of found) {
      const current = this.items.get(localId);
      if (!current || current.outcome === 'created' || current.outcome === 'existed') continue;
      this.items.set(
        localId,
        issue.runId === this.runId
          ? { localId, outcome: 'created', key: issue.key, id: issue.id }
          : { localId, outcome: 'existed', key: issue.key, id: issue.id },
      );
      learned.push(localId);
    }
    return learned;
  }

  /**
   * Items the record says exist but Jira's search did not return although it read them
   * consistently (their ids in `reconciled`, passed as `reconcileIssues`; all when omitted).
   */
  unconfirmed(
    found: ReadonlyMap<string, ExistingPlanIssue>,
    reconciled?: ReadonlySet<string>,
  ): { localId: string; key: string }[] {
    return [...this.items.values()].flatMap((o) =>
      (o.outcome === 'created' || o.outcome === 'existed') &&
      !found.has(o.localId) &&
      (reconciled === undefined || reconciled.has(o.id))
        ? [{ localId: o.localId, key: o.key }]
        : [],
    );
  }

  created(localId: string, key: string, id: string): void {
    this.items.set(localId, { localId, outcome: 'created', key, id });
  }

  failed(localId: string, reason: string): void {
    this.items.set(localId, { localId, outcome: 'failed', reason });
  }

  pending(localId: string): void {
    this.items.set(localId, { localId, outcome: 'pending' });
  }

  /**
   * If `item` cannot be created because the item it hangs under was not, marks it blocked and
   * returns true. `blockedBy` names the failed item at the root, the one to fix.
   */
  blockIfParentMissing(item: PlanItem): boolean {
    if (item.parent?.kind !== 'item') return false;
    const parentId = item.parent.localId;
    const parent = this.items.get(parentId);
    if (parent && (parent.outcome === 'created' || parent.outcome === 'existed')) return false;
    const root = parent?.outcome === 'blocked' ? parent.blockedBy : parentId;
    const why = parent?.outcome === 'failed' ? `it failed: ${parent.reason}` : 'it was not created';
    this.items.set(item.localId, {
      localId: item.localId,
      outcome: 'blocked',
      blockedBy: root,
      reason: `Not attempted: its parent "${parentId}" does not exist because ${why}`,
    });
    return true;
  }

  link(index: number): LinkOutcome | undefined {
    return this.links[index];
  }

  setLink(outcome: LinkOutcome): void {
    this.links[outcome.index] = outcome;
  }

  isLinkDone(index: number): boolean {
    const o = this.links[index];
    return o?.outcome === 'created' || o?.outcome === 'existed';
  }

  toRun(header: Omit<Run, 'items' | 'linkOutcomes' | 'counts' | 'links'>): Run {
    const items = this.plan.items.map(
      (i) => this.items.get(i.localId) ?? { localId: i.localId, outcome: 'pending' as const },
    );
    const links = [...this.links];
    return {
      ...header,
      counts: countItems(items),
      links: countLinks(links),
      items,
      linkOutcomes: links,
    };
  }
}
