import type Resolver from '@forge/resolver';
import { cancelRun, ExecutorError, getRun, latestRunOfPlan, resumeRun, undoRun } from '../run';
import type { Run } from '../contract';
import type { AppEnvironment } from '../app-environment';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import type { InvocationScope } from './invocation-context';
import { planIdOfModule } from './plan-of-module';
import { viewForCaller } from './run-view';

/** Follow, cancel, resume and undo the runs that create plans in Jira. */
export function registerRunResolvers(resolver: Resolver, env: AppEnvironment): void {
  /** A run is visible only from the project it creates issues in. */
  const runInScope = async (runId: string, scope: InvocationScope): Promise<Run> => {
    const run = await getRun(env, runId);
    if (run.projectId !== scope.projectId)
      throw new AppError('NOT_FOUND', `There is no run ${runId}.`);
    return run;
  };

  defineResolver(resolver, 'run/latest', async (_input, scope) => {
    const run = await latestRunOfPlan(env, planIdOfModule(scope));
    return run && run.projectId === scope.projectId ? viewForCaller(env, run, scope) : null;
  });

  defineResolver(resolver, 'run/get', async (input, scope) =>
    viewForCaller(env, await runInScope(input.runId, scope), scope),
  );

  defineResolver(resolver, 'run/cancel', async (input, scope) => {
    await runInScope(input.runId, scope);
    return viewForCaller(env, await cancelRun(env, input.runId, scope.accountId), scope);
  });

  defineResolver(resolver, 'run/resume', async (input, scope) => {
    await runInScope(input.runId, scope);
    return viewForCaller(env, await resumeRun(env, input.runId, scope.accountId), scope);
  });

  defineResolver(resolver, 'run/undo', async (input, scope) => {
    // Undo deletes issues of this project (a run is only seen from its own): "Delete issues" is
    // asked before the run is read. The run stage asks again under its claim.
    const held = await env.jira('user').getMyPermissions(scope.projectId, ['DELETE_ISSUES']);
    if (!held.DELETE_ISSUES) {
      throw new ExecutorError(
        'NO_DELETE_PERMISSION',
        'You do not have permission to delete issues in this project. Nothing was deleted.',
      );
    }
    await runInScope(input.runId, scope);
    return undoRun(env, input.runId, scope.accountId, { confirm: input.confirm });
  });
}
