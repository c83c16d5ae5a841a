import type Resolver from '@forge/resolver';
import { diffPlan } from '../domain';
import { findExistingPlanItems, startRun } from '../jira';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import { planForIssue } from './plan-for-issue';

/** Preview the exact issues a breakdown creates, and create them. */
export function registerPlanResolvers(resolver: Resolver): void {
  defineResolver(resolver, 'plan/preview', async (input, scope) => {
    const built = await planForIssue(scope, input);
    if (!built.ok) return { ready: false, problem: built.error, findings: built.findings };
    const existing = await findExistingPlanItems(built.plan.planId);
    return {
      ready: true,
      plan: built.plan,
      findings: built.findings,
      diff: diffPlan(
        built.plan,
        existing.map((e) => ({ localId: e.localId, key: e.key })),
      ),
    };
  });

  defineResolver(resolver, 'plan/apply', async (input, scope) => {
    const built = await planForIssue(scope, input);
    if (!built.ok) {
      throw new AppError('NOT_READY', built.error.message, {
        problem: built.error,
        findings: built.findings,
      });
    }
    return startRun({ plan: built.plan, accountId: scope.accountId, projectId: scope.projectId });
  });
}
