import { jiraClientFor, type RunEnvironment } from '../run/run-environment';
import { viewRun } from '../run/run-control';
import type { Run, RunView } from '../run/run';
import type { InvocationScope } from './invocation-context';

/** The run with the actions the person calling may take on it now. */
export function viewForCaller(
  env: RunEnvironment,
  run: Run,
  scope: InvocationScope,
): Promise<RunView> {
  return viewRun(env, run, {
    accountId: scope.accountId,
    permissions: async () => {
      const held = await jiraClientFor(env, 'user').getMyPermissions(scope.projectId, [
        'ADMINISTER_PROJECTS',
        'DELETE_ISSUES',
      ]);
      return {
        administersProject: held.ADMINISTER_PROJECTS === true,
        deletesIssues: held.DELETE_ISSUES === true,
      };
    },
  });
}
