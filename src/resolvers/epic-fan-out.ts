/**
 * Gathers what the epic fan-out needs from Jira, as the person (the epic, all its children, the
 * project's issue types, their Create permission, the sub-tasks this plan made already), and
 * builds the fan-out with the pure `buildFanOut`.
 */
import {
  buildFanOut,
  fanOutItems,
  planIdForEpic,
  type FanOutFilters,
  type FanOutResult,
  type Template,
} from '../domain';
import { findPlanIssues } from '../run/reconcile';
import { jiraClientFor, type RunEnvironment } from '../run/run-environment';
import { createRunStore } from '../run/run-store';
import { AppError } from './app-error';
import { loadFanOutTemplate } from './fan-out-template';
import { requireIssue, type InvocationScope } from './invocation-context';

/** Above this many children the preview and the run record would outgrow a resolver's answer. */
export const MAX_EPIC_CHILDREN = 2_000;

export interface FanOutRequest {
  templateId: string;
  itemKeys?: string[] | undefined;
  filters: FanOutFilters;
}

export interface LoadedFanOut {
  epic: { key: string; summary: string };
  template: Template;
  chosenItemKeys: string[];
  facets: { issueTypes: string[]; statuses: string[]; labels: string[] };
  built: Extract<FanOutResult, { ok: true }>;
}

const sortedUnique = (values: Iterable<string>) =>
  [...new Set(values)].filter((v) => v !== '').sort((a, b) => a.localeCompare(b));

export async function loadFanOut(
  env: RunEnvironment,
  scope: InvocationScope,
  request: FanOutRequest,
): Promise<LoadedFanOut> {
  const issue = requireIssue(scope);
  if (scope.moduleType !== 'jira:issueAction') {
    throw new AppError(
      'UNSUPPORTED_CONTEXT',
      'Template sub-tasks are generated from the epic\'s "Generate template sub-tasks" action.',
    );
  }
  const jira = jiraClientFor(env, 'user');
  const epic = await jira.getIssue(issue.id, { fields: ['summary', 'issuetype'] });
  const level = (epic.fields.issuetype as { hierarchyLevel?: number } | undefined)?.hierarchyLevel;
  if (level !== 1) {
    throw new AppError(
      'UNSUPPORTED_CONTEXT',
      `${issue.key} is not an epic, so it has no children to generate sub-tasks under. ` +
        'To break this issue down into services and sub-tasks, open the Backend Breakdown panel on it.',
      { reason: 'NOT_AN_EPIC' },
    );
  }
  const summary = typeof epic.fields.summary === 'string' ? epic.fields.summary : '';
  const template = await loadFanOutTemplate(scope, request.templateId);
  const planId = planIdForEpic(issue.id);
  const store = createRunStore(env.kv);
  const [children, issueTypes, permissions, own] = await Promise.all([
    jira.searchEpicChildren(issue.key),
    jira.getCreateMetaIssueTypes(scope.projectId),
    jira.getMyPermissions(scope.projectId, ['CREATE_ISSUES']),
    findPlanIssues(jira, {
      planId,
      projectId: scope.projectId,
      isPlanRun: async (runId) => (await store.loadHeader(runId))?.planId === planId,
    }),
  ]);
  if (children.length > MAX_EPIC_CHILDREN) {
    throw new AppError(
      'NOT_READY',
      `${issue.key} has ${children.length} children; sub-tasks can be generated for at most ${MAX_EPIC_CHILDREN} at once. Filter the children, or split the epic.`,
    );
  }
  const chosenItemKeys = request.itemKeys ?? fanOutItems(template).map((item) => item.key);
  const built = buildFanOut({
    epic: {
      id: issue.id,
      key: issue.key,
      summary: summary,
      projectId: scope.projectId,
      projectKey: scope.projectKey,
    },
    children,
    template,
    itemKeys: chosenItemKeys,
    filters: request.filters,
    issueTypes,
    canCreate: permissions.CREATE_ISSUES === true,
    own: new Map([...own.byLocalId].map(([localId, found]) => [localId, found.key])),
  });
  if (!built.ok) throw new AppError('INVALID_INPUT', built.error.message);
  return {
    epic: { key: issue.key, summary: summary },
    template,
    chosenItemKeys,
    facets: {
      issueTypes: sortedUnique(children.map((c) => c.issueType.name)),
      statuses: sortedUnique(children.map((c) => c.status)),
      labels: sortedUnique(children.flatMap((c) => c.labels)),
    },
    built,
  };
}
