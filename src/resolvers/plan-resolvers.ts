import type Resolver from '@forge/resolver';
import type { z } from 'zod';
import type { PlanPreview, PreviewIssueType, PreviewPlan, RunView, resolvers } from '../contract';
import { diffPlan, type IssueTypeInfo, type Plan } from '../domain';
import { estimateRun, startRun } from '../run';
import type { AppEnvironment } from '../app-environment';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import type { InvocationScope } from './invocation-context';
import { planForIssue } from './plan-for-issue';
import { APPLY_PERMISSIONS, permissionsOnce } from './permissions-once';
import { viewForCaller } from './run-view';

type PlanInput = z.output<(typeof resolvers)['plan/apply']['input']>;

/** The plan without its descriptions: they are fetched one at a time (`plan/item-description`). */
function withoutDescriptions(plan: Plan): PreviewPlan {
  return {
    ...plan,
    items: plan.items.map(({ fields: { description: _description, ...fields }, ...item }) => ({
      ...item,
      fields,
    })),
  };
}

/** The issue types the plan's items are created as, with Jira's names and icons, by id. */
function previewIssueTypes(plan: Plan, types: readonly IssueTypeInfo[]): PreviewIssueType[] {
  const used = new Set(plan.items.map((item) => item.issueTypeId));
  return types
    .filter((type) => used.has(type.id))
    .map((type) => ({
      id: type.id,
      name: type.name,
      ...(type.iconUrl !== undefined ? { iconUrl: type.iconUrl } : {}),
    }));
}

/** Preview the exact issues a breakdown creates, and create them. */
export function registerPlanResolvers(resolver: Resolver, env: AppEnvironment): void {
  defineResolver(resolver, 'plan/preview', (input, scope) => previewIssuePlan(env, scope, input));

  defineResolver(resolver, 'plan/item-description', async (input, scope) => {
    const built = await planForIssue(env, scope, input);
    if (!built.ok) throw new AppError('NOT_READY', built.error.message, { problem: built.error });
    const item = built.plan.items.find((i) => i.localId === input.localId);
    if (!item) throw new AppError('NOT_FOUND', `The plan has no item "${input.localId}".`);
    return { localId: item.localId, description: item.fields.description };
  });

  defineResolver(resolver, 'plan/apply', (input, scope) => applyIssuePlan(env, scope, input));
}

/**
 * What `plan/preview` answers; also what the `preview-breakdown` action reads (src/actions), so
 * the panel, Automation and Rovo see the same preview.
 */
export async function previewIssuePlan(
  env: AppEnvironment,
  scope: InvocationScope,
  input: PlanInput,
): Promise<PlanPreview> {
  const built = await planForIssue(env, scope, input);
  if (!built.ok) return { ready: false, problem: built.error, findings: built.findings };
  const { exclusion } = built;
  // Counted as the run counts them, on what it creates: the plan without excluded items.
  const { requests, existing } = await estimateRun(env, env.jira('user'), exclusion.plan);
  // Compared with the whole plan, so an excluded issue that exists is still shown as existing.
  const diff = diffPlan(
    built.plan,
    [...existing.byLocalId.values()].map((e) => ({ localId: e.localId, key: e.key })),
  );
  const left = new Set(exclusion.excluded);
  return {
    ready: true,
    plan: { ...withoutDescriptions(built.plan), estimate: exclusion.plan.estimate },
    findings: built.findings,
    requests,
    diff: {
      existing: diff.existing,
      removed: diff.removed,
      toCreate: diff.toCreate.flatMap((i) => (left.has(i.localId) ? [] : [i.localId])),
    },
    excluded: exclusion.excluded,
    issueTypes: previewIssueTypes(built.plan, built.issueTypes),
  };
}

/** What `plan/apply` (the panel's Create) does; also the `break-down-issue` action's engine call. */
export async function applyIssuePlan(
  env: AppEnvironment,
  scope: InvocationScope,
  input: PlanInput,
): Promise<RunView> {
  // One permissions question for the invocation: the plan's check, the run's and the Undo offer.
  const permissions = permissionsOnce(env.jira('user'), scope.projectId, APPLY_PERMISSIONS);
  const built = await planForIssue(env, scope, input, permissions);
  if (!built.ok) {
    throw new AppError('NOT_READY', built.error.message, {
      problem: built.error,
      findings: built.findings,
    });
  }
  const run = await startRun(env, {
    plan: built.exclusion.plan,
    accountId: scope.accountId,
    projectId: scope.projectId,
    permissions,
  });
  return viewForCaller(env, run, scope, permissions);
}
