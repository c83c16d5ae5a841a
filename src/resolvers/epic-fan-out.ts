/**
 * Gathers what the epic fan-out needs from Jira, as the person (all the epic's children and the
 * epic as they show it, the project's issue types, their Create permission, the sub-tasks this
 * plan made already), and builds the fan-out with the pure `buildFanOut`.
 *
 * The preview asks Jira for everything. Apply runs under the plan's claim (`epic/apply`) and
 * leaves out what the run asks again before it creates anything, so a 1,000-child fan-out costs
 * no request twice: it takes the Create permission as given (the run refuses with
 * `NO_CREATE_PERMISSION`, nothing created, when it is missing), and hands the plan's own issues it
 * found to the run instead of the run searching again. It takes the children as the person's
 * preview read them when Jira shows nothing under the epic changed since (`epic-children.ts`).
 */
import {
  buildFanOut,
  fanOutItems,
  planIdOf,
  type FanOutFilters,
  type FanOutResult,
  type Template,
} from '../domain';
import type { JiraClient } from '../jira/jira-client';
import type { CreateMetaIssueType } from '../jira/operations/get-create-meta-issue-types';
import { existingIds, latestRunOfPlan, planIssueFinder, type PlanIssues } from '../run';
import type { AppEnvironment } from '../app-environment';
import { AppError } from './app-error';
import { readChildrenForApply, readChildrenForPreview } from './epic-children';
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
  /** Whether the person may create issues in the project (always true for apply, see above). */
  canCreate: boolean;
  facets: { issueTypes: string[]; statuses: string[]; labels: string[] };
  built: Extract<FanOutResult, { ok: true }>;
  /** The plan's own issues as found (and proven) in Jira now. */
  existing: PlanIssues;
  /** The project's issue types as createmeta answered them (the run needs them again). */
  issueTypes: CreateMetaIssueType[];
}

const sortedUnique = (values: Iterable<string>) =>
  [...new Set(values)].filter((v) => v !== '').sort((a, b) => a.localeCompare(b));

/**
 * The plan's own sub-tasks, proven as every caller proves them (`ownership.ts`): found by the
 * app's property and accepted only when a run record lists them (or a lost send Jira agrees
 * made them). What the latest run made recently is read consistently (`reconcileIssues`), since
 * the index may not show it yet; older issues the index shows anyway.
 */
async function ownSubtasks(
  env: AppEnvironment,
  jira: JiraClient,
  planId: string,
  projectId: string,
): Promise<PlanIssues> {
  const latest = await latestRunOfPlan(env, planId);
  // Never run: no record can prove any issue the plan's own, so there is nothing to look for.
  if (latest === undefined) return { byLocalId: new Map(), copies: [], foreign: [] };
  const recent = env.now() - latest.updatedAt < env.indexLag.horizonMs;
  return planIssueFinder(env, jira, { planId, projectId })({
    known: recent ? existingIds(latest) : [],
  });
}

async function readEpic(
  jira: JiraClient,
  issueId: string,
): Promise<{ summary: string; hierarchyLevel: number | undefined }> {
  const read = await jira.getIssue(issueId, { fields: ['summary', 'issuetype'] });
  return {
    summary: typeof read.fields.summary === 'string' ? read.fields.summary : '',
    hierarchyLevel: (read.fields.issuetype as { hierarchyLevel?: number } | undefined)
      ?.hierarchyLevel,
  };
}

export async function loadFanOut(
  env: AppEnvironment,
  scope: InvocationScope,
  request: FanOutRequest,
  purpose: 'preview' | 'apply',
): Promise<LoadedFanOut> {
  const issue = requireIssue(scope);
  if (scope.moduleType !== 'jira:issueAction') {
    throw new AppError(
      'UNSUPPORTED_CONTEXT',
      'Template sub-tasks are generated from the epic\'s "Generate template sub-tasks" action.',
    );
  }
  const template = await loadFanOutTemplate(env, scope, request.templateId);
  const jira = env.jira('user');
  const planId = planIdOf({ kind: 'fan-out', issueId: issue.id });
  const [{ children, parent }, issueTypes, canCreate, own] = await Promise.all([
    (purpose === 'preview' ? readChildrenForPreview : readChildrenForApply)(env, jira, {
      epic: { id: issue.id, key: issue.key },
      accountId: scope.accountId,
      maxChildren: MAX_EPIC_CHILDREN,
    }),
    jira.getCreateMetaIssueTypes(scope.projectId),
    purpose === 'apply'
      ? Promise.resolve(true)
      : jira
          .getMyPermissions(scope.projectId, ['CREATE_ISSUES'])
          .then((held) => held.CREATE_ISSUES === true),
    ownSubtasks(env, jira, planId, scope.projectId),
  ]);
  // Children show their epic; an issue without children is read on its own.
  const epic = parent ?? (await readEpic(jira, issue.id));
  if (epic.hierarchyLevel !== 1) {
    throw new AppError(
      'UNSUPPORTED_CONTEXT',
      `${issue.key} is not an epic, so it has no children to generate sub-tasks under. ` +
        'To break this issue down into services and sub-tasks, open the Backend Breakdown panel on it.',
      { reason: 'NOT_AN_EPIC' },
    );
  }
  if (children.length > MAX_EPIC_CHILDREN) {
    throw new AppError(
      'NOT_READY',
      `${issue.key} has more than ${MAX_EPIC_CHILDREN} children; sub-tasks can be generated for at most ${MAX_EPIC_CHILDREN} at once. Split the epic.`,
    );
  }
  const chosenItemKeys = request.itemKeys ?? fanOutItems(template).map((item) => item.key);
  const built = buildFanOut({
    epic: {
      id: issue.id,
      key: issue.key,
      summary: epic.summary,
      projectId: scope.projectId,
      projectKey: scope.projectKey,
    },
    children,
    template,
    itemKeys: chosenItemKeys,
    filters: request.filters,
    issueTypes,
    canCreate,
    own: new Map([...own.byLocalId].map(([localId, found]) => [localId, found.key])),
  });
  if (!built.ok) throw new AppError('INVALID_INPUT', built.error.message);
  return {
    epic: { key: issue.key, summary: epic.summary },
    template,
    chosenItemKeys,
    canCreate,
    facets: {
      issueTypes: sortedUnique(children.map((c) => c.issueType.name)),
      statuses: sortedUnique(children.map((c) => c.status)),
      labels: sortedUnique(children.flatMap((c) => c.labels)),
    },
    built,
    existing: own,
    issueTypes,
  };
}
