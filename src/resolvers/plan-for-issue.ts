import {
  buildPlan,
  excludeItems,
  planIdOf,
  type BuildPlanResult,
  type IssueTypeInfo,
  type PlanExclusion,
} from '../domain';
import type { AppEnvironment } from '../app-environment';
import type { PermissionAsker } from '../run';
import { AppError } from './app-error';
import { requireIssue, type InvocationScope } from './invocation-context';
import { templateForProject } from './template-source';

/**
 * The issue's plan: on success the whole plan as built (what the preview lists), the project's
 * issue types it was built with, and `exclusion`: the plan without the items the draft excludes,
 * which is what a run creates.
 */
export type IssuePlan =
  | Extract<BuildPlanResult, { ok: false }>
  | (Extract<BuildPlanResult, { ok: true }> & {
      exclusion: PlanExclusion;
      issueTypes: IssueTypeInfo[];
    });

/**
 * Gathers what `buildPlan` needs for the issue the module was opened on (its saved draft, the
 * template (the project's default unless one is named), the project's issue types, the issue's own hierarchy level) and builds the plan.
 */
export async function planForIssue(
  env: AppEnvironment,
  scope: InvocationScope,
  options: { templateId?: string | undefined; reuseCurrentEpic: boolean },
  /** The person's permissions as this invocation asks them (an apply asks once for all). */
  permissions?: PermissionAsker,
): Promise<IssuePlan> {
  const issue = requireIssue(scope);
  const jira = env.jira('user');
  // Asked before anything is read: someone who may not create learns nothing from the draft or
  // the template, and Jira lists no creatable issue types to them anyway. Say why, plainly.
  const held = await (permissions ?? ((wanted) => jira.getMyPermissions(scope.projectId, wanted)))([
    'CREATE_ISSUES',
  ]);
  if (!held.CREATE_ISSUES) {
    throw new AppError(
      'FORBIDDEN',
      `You need the "Create issues" permission in ${scope.projectKey} to plan or create this breakdown. Ask a project admin.`,
    );
  }
  // The project's own template, the site library's or a built-in; its default when none is named.
  const [{ template }, stored, issueTypes, current] = await Promise.all([
    templateForProject(env, scope.projectId, options.templateId),
    env.drafts.getDraft(issue.id),
    jira.getCreateMetaIssueTypes(scope.projectId),
    jira.getIssue(issue.id, { fields: ['issuetype', 'reporter'] }),
  ]);
  if (!stored) {
    throw new AppError(
      'NOT_READY',
      'There is no saved breakdown for this issue yet: fill in discovery and scoping first.',
    );
  }
  const issueType = current.fields.issuetype as { hierarchyLevel?: number } | undefined;
  const reporter = (current.fields.reporter as { accountId?: string } | null | undefined)
    ?.accountId;
  const built = buildPlan(stored.draft, template, issueTypes, {
    planId: planIdOf({ kind: 'breakdown', issueId: issue.id }),
    projectId: scope.projectId,
    currentIssue: { key: issue.key, hierarchyLevel: issueType?.hierarchyLevel ?? 0 },
    reuseCurrentEpic: options.reuseCurrentEpic,
    people: { runner: scope.accountId, ...(reporter ? { reporter } : {}) },
    excluded: stored.draft.excludedItems ?? [],
  });
  if (!built.ok) return built;
  return {
    ...built,
    exclusion: excludeItems(built.plan, stored.draft.excludedItems ?? []),
    issueTypes,
  };
}
