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
import type { JiraClient } from '../../jira/jira-client';
import { JiraError, JiraHttpError } from '../../jira/jira-errors';
import { RECONCILE_LIMIT } from '../../jira/operations/search-by-jql';
import { runIsGoing } from '../../domain/run/run-lifecycle';
import { ExecutorError } from '../executor-errors';
import { planIssueFinder } from './plan-issue-finder';
import { chunk, planJql, type ExistingPlanIssue } from './reconcile';
import { jiraClientFor, type RunEnvironment } from '../run-environment';
import { type RunStore } from '../records/run-store';
import { countItems, type ItemOutcome, type Run, type UndoReport } from '../run';

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
  const store = env.runs;
  const [run, plan] = await Promise.all([store.load(runId), store.loadPlan(runId)]);
  if (!run || !plan) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  const claims = env.claims;
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
    if (runIsGoing(current.status)) {
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
    const { targets, alreadyGone, kept } = await undoTargets(env, jira, current, plan);
    report.notDeleted.push(...kept);
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
    // Checked, not assumed: an issue Jira still shows after its delete was answered is reported.
    const deletedNow = allowed.filter((t) => gone.has(t.id));
    const remaining =
      deletedNow.length > 0 ? await stillThere(jira, plan, deletedNow) : new Set<string>();
    for (const t of deletedNow) {
      if (!remaining.has(t.id)) continue;
      gone.delete(t.id);
      report.deleted.splice(report.deleted.indexOf(t.key), 1);
      report.notDeleted.push({
        localId: t.localId,
        key: t.key,
        reason: 'Jira still shows it after deleting it.',
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
 * What undo deletes and what it keeps, decided from Jira as it is now:
 * - each issue the run lists (created, or found in place from an earlier run of the plan) is read
 *   by id, consistently (`reconcileIssues`); one Jira no longer has is already gone;
 * - it is deleted only while it is still proven the plan's own (`ownership.ts`) for that item:
 *   an issue whose property someone changed is kept;
 * - copies the plan's lost sends made of those items (proven by Jira's creator and created time)
 *   are deleted too;
 * - an issue that holds a child the breakdown does not delete (another team's story under a made
 *   epic, a sub-task someone added) is kept, and so is everything above it.
 */
async function undoTargets(
  env: RunEnvironment,
  jira: JiraClient,
  run: Run,
  plan: NonNullable<Awaited<ReturnType<RunStore['loadPlan']>>>,
): Promise<{ targets: ExistingPlanIssue[]; alreadyGone: ExistingPlanIssue[]; kept: Kept[] }> {
  const mine = run.items.filter(
    (i): i is Extract<ItemOutcome, { outcome: 'created' | 'existed' }> =>
      i.outcome === 'created' || i.outcome === 'existed',
  );
  const found = await planIssueFinder(
    env,
    jira,
    plan,
    run,
  )({
    known: mine.map((i) => i.id),
    withSubtasks: true,
  });
  const byId = new Map(
    [...found.byLocalId.values(), ...found.copies].map((issue) => [issue.id, issue]),
  );
  const foreign = new Map(found.foreign.map((f) => [f.id, f]));

  const targets: ExistingPlanIssue[] = [];
  const alreadyGone: ExistingPlanIssue[] = [];
  const kept: Kept[] = [];
  for (const item of mine) {
    const issue = byId.get(item.id);
    if (issue?.localId === item.localId) {
      targets.push(issue);
      continue;
    }
    // Known issues were read consistently: one the plan's search lacks was deleted, or no longer
    // carries this plan's property; Jira says which.
    const now = issue || foreign.has(item.id) ? 'there' : await presence(jira, item.id);
    if (now === 'gone') {
      alreadyGone.push({
        localId: item.localId,
        key: item.key,
        id: item.id,
        runId: run.runId,
        templateVersion: 0,
        linkPairs: [],
        proof: 'record',
      });
    } else {
      kept.push({
        localId: item.localId,
        key: item.key,
        reason:
          'Someone changed its Backend Breakdown record since the breakdown made it, so it is no longer proven to be the breakdown’s own.',
      });
    }
  }

  // Copies that lost sends of the plan made of these items, which no record lists.
  const wanted = new Set(mine.map((i) => i.localId));
  for (const copy of found.copies)
    if (copy.proof === 'send' && wanted.has(copy.localId) && !targets.includes(copy))
      targets.push(copy);

  const split = await keepParentsOfOthers(jira, targets);
  return { targets: split.targets, alreadyGone, kept: [...kept, ...split.kept] };
}

/** Whether Jira still has an issue (read by id, as the person). */
async function presence(jira: JiraClient, id: string): Promise<'there' | 'gone'> {
  try {
    await jira.getIssue(id, { fields: ['summary'] });
    return 'there';
  } catch (error) {
    if (error instanceof JiraHttpError && error.status === 404) return 'gone';
    throw error;
  }
}

interface Kept {
  localId: string;
  key: string;
  reason: string;
}

/**
 * Splits `targets` into those undo may delete and those it keeps because they hold a child it
 * does not delete. Sub-tasks come from each target's consistent read (`subtasks`); other children
 * (stories under an epic) from a search on `parent`.
 */
async function keepParentsOfOthers(
  jira: JiraClient,
  targets: readonly ExistingPlanIssue[],
): Promise<{ targets: ExistingPlanIssue[]; kept: Kept[] }> {
  const childrenOf = new Map<string, { id: string; key: string }[]>();
  const add = (parentId: string, child: { id: string; key: string }) => {
    const list = childrenOf.get(parentId) ?? [];
    if (!list.some((c) => c.id === child.id)) list.push(child);
    childrenOf.set(parentId, list);
  };
  for (const t of targets) for (const sub of t.subtasks ?? []) add(t.id, sub);
  for (const batch of chunk(
    targets.map((t) => t.id),
    RECONCILE_LIMIT,
  )) {
    const children = await jira.searchByJql({
      jql: `parent in (${batch.join(', ')})`,
      fields: ['parent'],
      maxIssues: 5_000,
    });
    for (const child of children) {
      const parentId = (child.fields.parent as { id?: unknown } | undefined)?.id;
      if (typeof parentId === 'string' && child.key !== undefined)
        add(parentId, { id: child.id, key: child.key });
    }
  }
  const deleting = new Set(targets.map((t) => t.id));
  const kept: Kept[] = [];
  // A kept issue keeps its parent too: repeat until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const t of targets) {
      if (!deleting.has(t.id)) continue;
      const other = (childrenOf.get(t.id) ?? []).find((c) => !deleting.has(c.id));
      if (!other) continue;
      deleting.delete(t.id);
      changed = true;
      kept.push({
        localId: t.localId,
        key: t.key,
        reason: `It holds ${other.key}, which the breakdown did not make or does not delete; deleting it would leave that work without its parent.`,
      });
    }
  }
  return { targets: targets.filter((t) => deleting.has(t.id)), kept };
}

/**
 * Of the issues undo deleted, those Jira still shows: the plan's search with them reconciled reads
 * them consistently (a JQL that named them by id would be refused once they are gone).
 */
async function stillThere(
  jira: JiraClient,
  plan: { planId: string; projectId: string },
  deleted: readonly ExistingPlanIssue[],
): Promise<Set<string>> {
  const there = new Set<string>();
  for (const batch of chunk(
    deleted.map((t) => t.id),
    RECONCILE_LIMIT,
  )) {
    const wanted = new Set(batch);
    const page = await jira.searchByJql({
      jql: planJql(plan.planId, plan.projectId),
      fields: ['id'],
      reconcileIssues: batch,
    });
    for (const issue of page) if (wanted.has(issue.id)) there.add(issue.id);
  }
  return there;
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
