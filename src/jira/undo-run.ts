/**
 * Undo: deletes the issues a run created, children before parents, as the person asking — so
 * Jira's "Delete issues" permission decides — and only after an explicit confirmation. Issues
 * that existed before the run are left alone; any that cannot be deleted are reported with
 * Jira's reason.
 */
import { createRunStore } from '../storage/run-store';
import { ExecutorError } from './executor-errors';
import { createJiraClient } from './jira-client';
import { JiraError, JiraHttpError } from './jira-errors';
import { executorConfig } from './run-config';
import { countItems, type ItemOutcome, type Run, type UndoReport } from './run';

export async function undoRun(
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
  const config = executorConfig();
  const store = createRunStore(config.kv);
  const [run, plan] = await Promise.all([store.load(runId), store.loadPlan(runId)]);
  if (!run || !plan) throw new ExecutorError('RUN_NOT_FOUND', `There is no run ${runId}.`);
  if (run.status === 'queued' || run.status === 'running') {
    throw new ExecutorError('RUN_NOT_UNDOABLE', 'This run is still under way; cancel it first.');
  }
  const jira = createJiraClient({
    ...config.request,
    now: config.request.now ?? config.now,
    transport: config.transport('user'),
  });
  const held = await jira.getMyPermissions(run.projectId, ['DELETE_ISSUES']);
  if (!held.DELETE_ISSUES) {
    throw new ExecutorError(
      'NO_DELETE_PERMISSION',
      'You do not have permission to delete issues in this project. Nothing was deleted.',
    );
  }

  const levelOf = new Map(plan.items.map((i) => [i.localId, i.level]));
  const created = run.items.filter(
    (i): i is Extract<ItemOutcome, { outcome: 'created' }> => i.outcome === 'created',
  );
  const levels = [...new Set(created.map((i) => levelOf.get(i.localId) ?? 0))].sort(
    (a, b) => a - b,
  );
  const report: UndoReport = { at: config.now(), accountId, deleted: [], notDeleted: [] };
  const outcomes = new Map(run.items.map((i) => [i.localId, i]));

  for (const level of levels) {
    const batch = created.filter((i) => (levelOf.get(i.localId) ?? 0) === level);
    await inBatches(batch, config.concurrency, async (item) => {
      try {
        await jira.deleteIssue(item.key);
        report.deleted.push(item.key);
        outcomes.set(item.localId, { localId: item.localId, outcome: 'deleted', key: item.key });
      } catch (error) {
        if (error instanceof JiraHttpError && error.status === 404) {
          // Already gone: what undo wants.
          report.deleted.push(item.key);
          outcomes.set(item.localId, { localId: item.localId, outcome: 'deleted', key: item.key });
          return;
        }
        if (!(error instanceof JiraError)) throw error;
        report.notDeleted.push({
          localId: item.localId,
          key: item.key,
          reason: error instanceof JiraHttpError ? error.jiraMessage : error.message,
        });
      }
    });
  }

  const items = run.items.map((i) => outcomes.get(i.localId) ?? i);
  const undone: Run = {
    ...run,
    items,
    counts: countItems(items),
    status: report.notDeleted.length === 0 ? 'undone' : run.status,
    undo: report,
    updatedAt: config.now(),
  };
  await store.save(undone);
  return report;
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
