import type Resolver from '@forge/resolver';
import { cancelRun, getRun, latestRunOfPlan, resumeRun, undoRun } from '../jira';
import type { Run } from '../jira/run';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import { requireIssue, type InvocationScope } from './invocation-context';
import { planIdForIssue } from './plan-for-issue';

/** A run is visible only from the project it creates issues in. */
async function runInScope(runId: string, scope: InvocationScope): Promise<Run> {
  const run = await getRun(runId);
  if (run.projectId !== scope.projectId)
    throw new AppError('NOT_FOUND', `There is no run ${runId}.`);
  return run;
}

/** Follow, cancel, resume and undo the runs that create plans in Jira. */
export function registerRunResolvers(resolver: Resolver): void {
  defineResolver(resolver, 'run/latest', async (_input, scope) => {
    const run = await latestRunOfPlan(planIdForIssue(requireIssue(scope).id));
    return run && run.projectId === scope.projectId ? run : null;
  });

  defineResolver(resolver, 'run/get', (input, scope) => runInScope(input.runId, scope));

  defineResolver(resolver, 'run/cancel', async (input, scope) => {
    await runInScope(input.runId, scope);
    return cancelRun(input.runId, scope.accountId);
  });

  defineResolver(resolver, 'run/resume', async (input, scope) => {
    await runInScope(input.runId, scope);
    return resumeRun(input.runId, { accountId: scope.accountId });
  });

  defineResolver(resolver, 'run/undo', async (input, scope) => {
    await runInScope(input.runId, scope);
    return undoRun(input.runId, scope.accountId, { confirm: input.confirm });
  });
}
