/**
 * Finding a plan's own issues in Jira with the environment's run records as proof: what every
 * run, resume, estimate, undo and fan-out preview asks before it writes.
 */
import type { Plan } from '../../domain/plan';
import type { JiraClient } from '../../jira/jira-client';
import { jiraClientFor, type RunEnvironment } from '../run-environment';
import { findPlanIssues, type PlanIssues, type ProofRecord } from './reconcile';

/**
 * Finds the plan's own issues in Jira, proven by the run records (`ownership.ts`). `live` is the
 * record of the run asking, as it stands in memory (ahead of what it saved).
 */
export function planIssueFinder(
  env: RunEnvironment,
  jira: JiraClient,
  plan: Pick<Plan, 'planId' | 'projectId'>,
  live?: ProofRecord | (() => ProofRecord),
): (options: {
  withLinks?: boolean;
  withSubtasks?: boolean;
  known?: readonly string[];
  localIds?: readonly string[] | undefined;
}) => Promise<PlanIssues> {
  const store = env.runs;
  const current = () => (typeof live === 'function' ? live() : live);
  return (options) =>
    findPlanIssues(jira, {
      planId: plan.planId,
      projectId: plan.projectId,
      ...options,
      runOf: async (runId) => {
        const mine = current();
        if (mine?.runId === runId) return mine;
        return store.load(runId);
      },
      appAccountId: () => jiraClientFor(env, 'app').getMyAccountId(),
    });
}
