/**
 * One invocation's hold on a run it executes: the run record as it stands in memory (outcomes,
 * sends, copies and foreign issues found), and how it is written. Every save renews the plan
 * claim now and then; once another action took the plan over (`lost`), nothing more is written.
 * The phases of `runExecution` (`execute-run.ts`) share one of these.
 */
import type { Plan } from '../../domain/plan';
import type { JiraClient } from '../../jira/jira-client';
import { RunOutcomes } from '../decide/run-outcomes';
import type { PlanClaim, PlanClaims } from '../records/plan-claim';
import type { RunStore } from '../records/run-store';
import { SendLedger } from '../records/send-ledger';
import type { ForeignIssueRecord, Run, RunHeader } from '../run';
import type { RunEnvironment } from '../run-environment';
import type { Preparation } from './prepare-run';
import { planIssueFinder } from './plan-issue-finder';
import type { ExistingPlanIssue, PlanIssues } from './reconcile';
import type { Uncertainty } from './run-tasks';

/** Foreign issues listed in a run record, at most. */
const MAX_FOREIGN_LISTED = 20;

/** What an invocation that executes a run holds. */
export interface ExecutionSeed {
  run: Run;
  plan: Plan;
  store: RunStore;
  jira: JiraClient;
  requests: Record<string, number>;
  claim: PlanClaim;
  prepared?: Preparation;
}

export class Execution {
  readonly runId: string;
  readonly outcomes: RunOutcomes;
  /** A send the previous invocation left unanswered may have happened until it last wrote. */
  readonly sends: SendLedger;
  /** Whether an item was sent again past the index horizon (a copy may exist). */
  readonly uncertainty: Uncertainty = { recreated: false };
  /** The plan's own issues in Jira, proven with this run's record as it stands in memory. */
  readonly find: ReturnType<typeof planIssueFinder>;
  /** The record's header as this invocation last set it. */
  header: Omit<RunHeader, 'counts' | 'links'>;
  /** True once another action took the plan over: this invocation writes nothing more. */
  lost = false;
  private renewedAt: number;
  private readonly claims: PlanClaims;
  private readonly copies = new Map<string, ExistingPlanIssue>();
  private readonly foreign: Map<string, ForeignIssueRecord>;

  constructor(
    private readonly env: RunEnvironment,
    readonly seed: ExecutionSeed,
  ) {
    const { run, plan, jira, requests } = seed;
    this.runId = run.runId;
    this.claims = env.claims;
    this.outcomes = new RunOutcomes(plan, run.runId, run);
    this.sends = new SendLedger(run.sends ?? [], run.updatedAt);
    this.foreign = new Map((run.foreign ?? []).map((f) => [f.key, f]));
    this.header = { ...run, requests };
    this.renewedAt = env.now();
    this.find = planIssueFinder(env, jira, plan, () => ({
      runId: this.runId,
      planId: plan.planId,
      items: this.outcomes.toRun({ ...this.header, updatedAt: env.now() }).items,
      sends: this.sends.all(),
    }));
  }

  /** The run as it stands now. */
  snapshot(): Run {
    const open = this.sends.all();
    const { sends: _previous, ...rest } = this.header;
    return this.outcomes.toRun({
      ...rest,
      requests: { ...this.seed.requests },
      updatedAt: this.env.now(),
      ...(open.length > 0 ? { sends: open } : {}),
      ...(this.foreign.size > 0
        ? { foreign: [...this.foreign.values()].slice(0, MAX_FOREIGN_LISTED) }
        : {}),
    });
  }

  async save(patch: Partial<RunHeader> = {}): Promise<void> {
    this.header = { ...this.header, ...patch };
    if (!this.lost && this.env.now() - this.renewedAt >= this.env.leaseMs / 4) {
      this.renewedAt = this.env.now();
      this.lost = (await this.claims.renew(this.seed.claim)) === 'lost';
    }
    if (!this.lost) await this.seed.store.save(this.snapshot());
  }

  /** Records the run's end and lets go of the plan. */
  async finish(patch: Partial<RunHeader>): Promise<Run> {
    const finishedAt = this.env.now();
    await this.save({
      ...patch,
      phase: undefined,
      finishedAt,
      timings: {
        ...this.header.timings,
        totalMs: finishedAt - (this.header.startedAt ?? finishedAt),
      },
    });
    if (!this.lost) await this.claims.release(this.seed.claim);
    return this.snapshot();
  }

  /** Hands the run to the queue, to continue after `delayMs`. */
  async handOff(delayMs: number, patch: Partial<RunHeader> = {}): Promise<Run> {
    await this.save({ ...patch, status: 'queued', mode: 'queued' });
    if (this.lost) return this.snapshot();
    await this.claims.handOff(this.seed.claim, this.env.now() + delayMs + this.env.leaseMs);
    await this.env.queue.push({ runId: this.runId }, { delayInSeconds: Math.ceil(delayMs / 1000) });
    return this.snapshot();
  }

  /** Takes in what Jira showed of the plan: its issues, copies to remove, foreign issues. */
  record(found: PlanIssues): void {
    this.outcomes.absorb(found.byLocalId);
    for (const issue of [...found.byLocalId.values(), ...found.copies]) {
      const recorded = this.outcomes.idOf(issue.localId);
      // A copy is removed only when proven made by a lost send of the plan's runs, or made by
      // this run: never an issue another run recorded as its own.
      if (
        recorded !== undefined &&
        recorded !== issue.id &&
        (issue.proof === 'send' || issue.runId === this.runId)
      )
        this.copies.set(issue.id, issue);
    }
    for (const f of found.foreign) this.foreign.set(f.key, { key: f.key, reason: f.reason });
  }

  /** Copies of the plan's issues this run may remove. */
  copiesFound(): ExistingPlanIssue[] {
    return [...this.copies.values()];
  }
}
