import type Resolver from '@forge/resolver';
import { diffPlan } from '../domain';
import { planIssueFinder } from '../run/execute-run';
import { jiraClientFor, type RunEnvironment } from '../run/run-environment';
import { startRun } from '../run/start-run';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import { planForIssue } from './plan-for-issue';
import { viewForCaller } from './run-view';

/** Preview the exact issues a breakdown creates, and create them. */
export function registerPlanResolvers(resolver: Resolver, env: RunEnvironment): void {
  defineResolver(resolver, 'plan/preview', async (input, scope) => {
    const built = await planForIssue(env, scope, input);
    if (!built.ok) return { ready: false, problem: built.error, findings: built.findings };
    const jira = jiraClientFor(env, 'user');
    const existing = await planIssueFinder(env, jira, built.plan, '')({});
    return {
      ready: true,
      plan: built.plan,
      findings: built.findings,
      diff: diffPlan(
        built.plan,
        [...existing.byLocalId.values()].map((e) => ({ localId: e.localId, key: e.key })),
      ),
    };
  });

  defineResolver(resolver, 'plan/apply', async (input, scope) => {
    const built = await planForIssue(env, scope, input);
    if (!built.ok) {
      throw new AppError('NOT_READY', built.error.message, {
        problem: built.error,
        findings: built.findings,
      });
    }
    const run = await startRun(env, {
      plan: built.plan,
      accountId: scope.accountId,
      projectId: scope.projectId,
    });
    return viewForCaller(env, run, scope);
  });
}
