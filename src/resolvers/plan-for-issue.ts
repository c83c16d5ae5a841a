import { buildPlan, builtInTemplate, type BuildPlanResult } from '../domain';
import { jiraClientFor, type RunEnvironment } from '../run/run-environment';
import { AppError } from './app-error';
import { getDraft } from '../storage/draft-store';
import { requireIssue, type InvocationScope } from './invocation-context';

/** One plan per issue's draft: re-running it targets the same Jira issues. */
export const planIdForIssue = (issueId: string) => `issue-${issueId}`;

/**
 * Gathers what `buildPlan` needs for the issue the module was opened on (its saved draft, the
 * template, the project's issue types, the issue's own hierarchy level) and builds the plan.
 */
export async function planForIssue(
  env: RunEnvironment,
  scope: InvocationScope,
  options: { templateId: string; reuseCurrentEpic: boolean },
): Promise<BuildPlanResult> {
  const issue = requireIssue(scope);
  const template = builtInTemplate(options.templateId);
  if (!template) throw new AppError('NOT_FOUND', `There is no template "${options.templateId}".`);
  const jira = jiraClientFor(env, 'user');
  const [stored, issueTypes, current, permissions] = await Promise.all([
    getDraft(issue.id),
    jira.getCreateMetaIssueTypes(scope.projectId),
    jira.getIssue(issue.id, { fields: ['issuetype'] }),
    jira.getMyPermissions(scope.projectId, ['CREATE_ISSUES']),
  ]);
  // Jira lists no creatable issue types to someone who may not create: say why, plainly.
  if (!permissions.CREATE_ISSUES) {
    throw new AppError(
      'FORBIDDEN',
      `You need the "Create issues" permission in ${scope.projectKey} to plan or create this breakdown. Ask a project admin.`,
    );
  }
  if (!stored) {
    throw new AppError(
      'NOT_READY',
      'There is no saved breakdown for this issue yet: fill in discovery and scoping first.',
    );
  }
  const issueType = current.fields.issuetype as { hierarchyLevel?: number } | undefined;
  return buildPlan(stored.draft, template, issueTypes, {
    planId: planIdForIssue(issue.id),
    projectId: scope.projectId,
    currentIssue: { key: issue.key, hierarchyLevel: issueType?.hierarchyLevel ?? 0 },
    reuseCurrentEpic: options.reuseCurrentEpic,
  });
}
