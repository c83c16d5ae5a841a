/**
 * Undo: deletes the issues a breakdown created, children before parents, as the person asking —
 * so Jira's "Delete issues" permission decides — and only after an explicit confirmation.
 *
 * It acts on the runs that created the issues, not only the one it is asked about: pressing Undo
 * on a later run that found everything in place (a no-op) still removes what the earlier run
 * made. Each issue's creating run comes from its entity property, read from Jira; the person must
 * have started that run or administer the project. The undo holds the plan's claim, so no run of
 * the plan can resume meanwhile and re-create what it deletes. A run is `undone` only when
 * everything it created is gone; whatever could not be deleted is reported with Jira's reason.
 */
import type { JiraClient } from '../jira/jira-client';
import { JiraError, JiraHttpError } from '../jira/jira-errors';
import { ExecutorError } from './executor-errors';
import { planIssueFinder } from './execute-run';
import { createPlanClaims } from './plan-claim';
import type { ExistingPlanIssue } from './reconcile';
import { jiraClientFor, type RunEnvironment } from './run-environment';
import { createRunStore, type RunStore } from './run-store';
import { countItems, type ItemOutcome, type Run, type UndoReport } from './run';

export async function undoRun(
  env: RunEnvironment,
  runId: string,
  accountId: string,
  options: { confirm: boolean },
): Promise<UndoReport> {
  if (!options.confirm) {
    throw new ExecutorError(
      'CONFIRMATION_REQUIRED',
      'Deleting the created issues needs an explicit confirmation.',
    );
  }
  const store = createRunStore(env.kv);
  const [run, plan] = await Promise.all([store.load(runId), store.loadPlan(runId)]);
  if (!run || !plan) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  const claims = createPlanClaims(env.kv, env);
  const got = await claims.acquire(plan.planId, { action: 'undo', runId, accountId });
  if (!got.ok) {
    throw new ExecutorError(
      got.holder.action === 'run' ? 'RUN_NOT_UNDOABLE' : 'PLAN_BUSY',
      got.holder.action === 'run'
        ? 'A run of this breakdown is under way; cancel it first, then undo.'
        : 'Someone is already undoing or cancelling this breakdown. Try again when that has finished.',
    );
  }
  try {
    const current = (await store.load(runId)) ?? run;
    if (current.status === 'queued' || current.status === 'running') {
      // Recorded as going but nobody holds it: its worker died. It must be cancelled first.
      throw new ExecutorError(
        'RUN_NOT_UNDOABLE',
        'This run is still recorded as under way; cancel it first.',
      );
    }
    const jira = jiraClientFor(env, 'user');
    const held = await jira.getMyPermissions(current.projectId, [
      'DELETE_ISSUES',
      'ADMINISTER_PROJECTS',
    ]);
    if (!held.DELETE_ISSUES) {
      throw new ExecutorError(
        'NO_DELETE_PERMISSION',
        'You do not have permission to delete issues in this project. Nothing was deleted.',
      );
    }
    const report: UndoReport = { at: env.now(), accountId, deleted: [], notDeleted: [] };
    const { targets, alreadyGone } = await undoTargets(env, jira, current, plan);
    const owners = new Map<string, string | undefined>();
    const ownerOf = async (creator: string) => {
      if (!owners.has(creator)) owners.set(creator, (await store.loadHeader(creator))?.accountId);
      return owners.get(creator);
    };
    const allowed: ExistingPlanIssue[] = [];
    for (const target of targets) {
      if (accountId === (await ownerOf(target.runId)) || held.ADMINISTER_PROJECTS)
        allowed.push(target);
      else
        report.notDeleted.push({
          localId: target.localId,
          key: target.key,
          reason: 'Another person created it; only they or a project administrator can undo it.',
        });
    }

    const levelOf = new Map(plan.items.map((i) => [i.localId, i.level]));
    const levels = [...new Set(allowed.map((t) => levelOf.get(t.localId) ?? 0))].sort(
      (a, b) => a - b,
    );
    const gone = new Set<string>();
    for (const level of levels) {
      const batch = allowed.filter((t) => (levelOf.get(t.localId) ?? 0) === level);
      await inBatches(batch, env.concurrency, async (target) => {
        const reason = await deleteOne(jira, target.key);
        if (reason === undefined) {
          report.deleted.push(target.key);
          gone.add(target.id);
        } else report.notDeleted.push({ localId: target.localId, key: target.key, reason });
      });
    }
    for (const item of alreadyGone) report.deleted.push(item.key);
    await recordDeletions(
      store,
      current,
      [...targets, ...alreadyGone],
      new Set([...gone, ...alreadyGone.map((i) => i.id)]),
      report,
    );
    return report;
  } finally {
    await claims.release(got.claim);
  }
}

/**
 * Every issue of the plan this run created or found in place, as Jira has them now, with the
 * run that created each — plus any duplicate copies the plan's runs made of them.
 */
async function undoTargets(
  env: RunEnvironment,
  jira: JiraClient,
  run: Run,
  plan: NonNullable<Awaited<ReturnType<RunStore['loadPlan']>>>,
): Promise<{ targets: ExistingPlanIssue[]; alreadyGone: ExistingPlanIssue[] }> {
  const mine = run.items.filter(
    (i): i is Extract<ItemOutcome, { outcome: 'created' | 'existed' }> =>
      i.outcome === 'created' || i.outcome === 'existed',
  );
  const found = await planIssueFinder(env, jira, plan, run.runId)({ known: mine.map((i) => i.id) });
  const wanted = new Set(mine.map((i) => i.localId));
  const targets = [...found.byLocalId.values(), ...found.copies].filter((i) =>
    wanted.has(i.localId),
  );
  // Known issues are read consistently, so one the search lacks was deleted already.
  const alreadyGone = mine
    .filter((i) => !found.byLocalId.has(i.localId))
    .map((i) => ({
      localId: i.localId,
      key: i.key,
      id: i.id,
      runId: run.runId,
      templateVersion: 0,
      linkPairs: [],
    }));
  return { targets, alreadyGone };
}

/** Deletes one issue; answers undefined when it is gone (404 included) or Jira's reason. */
async function deleteOne(jira: JiraClient, key: string): Promise<string | undefined> {
  try {
    await jira.deleteIssue(key);
    return undefined;
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return undefined;
    if (!(error instanceof JiraError)) throw error;
    return error instanceof JiraHttpError ? error.jiraMessage : error.message;
  }
}

/**
 * Marks deleted items in this run and in each run that created some of them; a run is `undone`
 * once nothing it created or found in place remains.
 */
async function recordDeletions(
  store: RunStore,
  run: Run,
  targets: readonly ExistingPlanIssue[],
  gone: ReadonlySet<string>,
  report: UndoReport,
): Promise<void> {
  const deletedKeyOf = new Map(
    targets.filter((t) => gone.has(t.id)).map((t) => [t.localId, t.key]),
  );
  const creators = new Set(targets.map((t) => t.runId));
  creators.add(run.runId);
  for (const creatorId of creators) {
    const record = creatorId === run.runId ? run : await store.load(creatorId);
    if (!record) continue;
    const items = record.items.map((i): ItemOutcome => {
      if (i.outcome !== 'created' && i.outcome !== 'existed') return i;
      if (creatorId !== run.runId && i.outcome !== 'created') return i;
      const key = deletedKeyOf.get(i.localId);
      return key === undefined ? i : { localId: i.localId, outcome: 'deleted', key };
    });
    const left = items.some((i) => i.outcome === 'created' || i.outcome === 'existed');
    await store.save({
      ...record,
      items,
      counts: countItems(items),
      status: left ? record.status : 'undone',
      ...(creatorId === run.runId ? { undo: report } : {}),
      updatedAt: report.at,
    });
  }
}

async function inBatches<T>(
  values: readonly T[],
  size: number,
  work: (value: T) => Promise<void>,
): Promise<void> {
  const queue = [...values];
  const workers = Array.from({ length: Math.max(1, Math.min(size, queue.length)) }, async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await work(next);
  });
  await Promise.all(workers);
}
