/**
 * A seeded fault soak of the run stage: plans of random size run against the emulator while it
 * rate-limits, fails, drops answers after applying writes, and lags in search; each run that
 * stops is resumed until it ends. Then Jira is counted per local id: nothing may be missing and
 * nothing duplicated. Used by `bench/fault-soak.bench.ts` (large) and an integration test (small).
 * Runs on the virtual clock shared with the emulator, so waits cost no real time.
 */
import { createRunConsumer } from '../../src/consumers/run-consumer';
import { appEnvironment } from '../../src/app-environment';
import type { Plan } from '../../src/domain/plan';
import { getRun, resumeRun, startRun, type Run, type RunEnvironment } from '../../src/run';
import { SEED_USERS } from '../../dev/emulator/seed';
import type { FaultRule } from '../../dev/emulator/faults/fault-rule';
import { startLocalForge, type LocalForge } from './local-forge';
import { aPlan } from './plan-builders';
import { virtualClock } from './virtual-clock';

export interface SoakOptions {
  seed: number;
  runs: number;
  /** Largest plan, in issues (the smallest is 6). */
  maxIssues: number;
  /** Resumes allowed per run before it counts as not finished. */
  maxResumes?: number;
}

export interface SoakRun {
  issues: number;
  faults: string[];
  faultsApplied: number;
  resumes: number;
  status: Run['status'];
  duplicates: number;
  missing: number;
  requests: number;
}

export interface SoakReport {
  runs: SoakRun[];
  faultsApplied: number;
  duplicates: number;
  missing: number;
  issues: number;
  requests: number;
}

/** mulberry32: a small seeded generator, so a soak can be repeated exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MEMBER = SEED_USERS.member.accountId;

/** A plan of about `issues` issues: services of 4 sub-tasks, chained by blocks links. */
function planOf(issues: number, planId: string): Plan {
  const services = Math.max(1, Math.floor((issues - 1) / 5));
  return aPlan({
    services,
    itemsPerService: 4,
    extraItems: Math.max(0, issues - 1 - services * 5),
    links: Math.max(0, services - 1),
    planId,
  });
}

function faultsFor(next: () => number): { names: string[]; rules: FaultRule[]; lagMs: number } {
  const names: string[] = [];
  const rules: FaultRule[] = [];
  const pick = (p: number) => next() < p;
  const every = () => 2 + Math.floor(next() * 4);
  if (pick(0.6)) {
    rules.push({ status: 429, retryAfterSeconds: 1 + Math.floor(next() * 3), every: every() });
    names.push('429');
  }
  if (pick(0.5)) {
    const status = ([500, 502, 503, 504] as const)[Math.floor(next() * 4)]!;
    rules.push({
      match: { method: 'POST', path: '/rest/api/3/issue/bulk' },
      status,
      every: every(),
    });
    names.push(String(status));
  }
  if (pick(0.7)) {
    for (const path of ['/rest/api/3/issue/bulk', '/rest/api/3/issueLink'])
      rules.push({ match: { method: 'POST', path }, dropResponse: true, every: every() });
    names.push('lost');
  }
  if (pick(0.5)) {
    rules.push({ latencyMs: 5 + Math.floor(next() * 20) });
    names.push('latency');
  }
  const lagMs = pick(0.7) ? Math.floor(next() * 5_000) : 0;
  if (lagMs > 0) names.push(`lag ${String(lagMs)} ms`);
  return { names, rules, lagMs };
}

export async function soak(options: SoakOptions): Promise<SoakReport> {
  const next = random(options.seed);
  const clock = virtualClock();
  const holder: { env?: RunEnvironment } = {};
  const env = (overrides: Partial<RunEnvironment> = {}): RunEnvironment =>
    (holder.env = appEnvironment({
      now: clock.now,
      sleep: clock.sleep,
      invocationRemainingMs: () => undefined,
      runMode: 'auto',
      assumedLatencyMs: 100,
      ...overrides,
    }));
  env();
  const forge: LocalForge = await startLocalForge({
    emulator: { now: clock.now, logTo: () => undefined },
    consumers: {
      'bb-runs': ((event: never) => createRunConsumer(holder.env!)(event)) as never,
    },
  });
  const runs: SoakRun[] = [];
  try {
    for (let n = 0; n < options.runs; n++) {
      forge.emulator.reset();
      forge.emulator.setGlobalPermission('app', 'ADMINISTER', true);
      const issues = 6 + Math.floor(next() * (options.maxIssues - 5));
      const plan = planOf(issues, `soak-${String(options.seed)}-${String(n)}`);
      const { names, rules, lagMs } = faultsFor(next);
      forge.emulator.setSearchLag(lagMs);
      for (const rule of rules) forge.emulator.addFault(rule);

      let run = await forge.runAs('member', () =>
        startRun(env(), { plan, accountId: MEMBER, projectId: plan.projectId }),
      );
      await forge.queue.drain();
      run = await getRun(env(), run.runId);
      let resumes = 0;
      while (run.status !== 'succeeded' && resumes < (options.maxResumes ?? 5)) {
        resumes++;
        const runId = run.runId;
        run = await forge.runAs('member', () => resumeRun(env(), runId, MEMBER));
        await forge.queue.drain();
        run = await getRun(env(), runId);
      }
      const applied = forge.emulator.faults().reduce((sum, f) => sum + f.applied, 0);
      forge.emulator.clearFaults();
      const counts = new Map<string, number>();
      for (const issue of forge.emulator.issues(undefined)) {
        const property = issue.properties['backend-breakdown'] as
          { planId?: string; localId?: string } | undefined;
        if (property?.planId !== plan.planId || property.localId === undefined) continue;
        counts.set(property.localId, (counts.get(property.localId) ?? 0) + 1);
      }
      runs.push({
        issues: plan.items.length,
        faults: names,
        faultsApplied: applied,
        resumes,
        status: run.status,
        duplicates: [...counts.values()].reduce((sum, c) => sum + Math.max(0, c - 1), 0),
        missing: plan.items.filter((i) => !counts.has(i.localId)).length,
        requests: Object.values(forge.emulator.counts()).reduce((a, b) => a + b, 0),
      });
    }
  } finally {
    await forge.stop();
  }
  const sum = (pick: (r: SoakRun) => number) => runs.reduce((total, r) => total + pick(r), 0);
  return {
    runs,
    faultsApplied: sum((r) => r.faultsApplied),
    duplicates: sum((r) => r.duplicates),
    missing: sum((r) => r.missing),
    issues: sum((r) => r.issues),
    requests: sum((r) => r.requests),
  };
}
