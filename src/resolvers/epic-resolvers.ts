import type Resolver from '@forge/resolver';
import type { z } from 'zod';
import type { EpicPreview, RunView, resolvers } from '../contract';
import {
  describeFanOutItem,
  fanOutItems,
  noCreatePermission,
  planIdOf,
  unavailableFanOutItems,
} from '../domain';
import { estimateRun, ExecutorError, startRun } from '../run';
import type { AppEnvironment } from '../app-environment';
import { defineResolver } from './define-resolver';
import { loadFanOut } from './epic-fan-out';
import { requireIssue, type InvocationScope } from './invocation-context';
import { APPLY_PERMISSIONS, permissionsOnce } from './permissions-once';
import { viewForCaller } from './run-view';

type FanOutInput = z.output<(typeof resolvers)['epic/apply']['input']>;

/** Preview and create a template's sub-tasks under every child of an epic. */
export function registerEpicResolvers(resolver: Resolver, env: AppEnvironment): void {
  defineResolver(resolver, 'epic/preview', (input, scope) => previewEpicFanOut(env, scope, input));
  defineResolver(resolver, 'epic/apply', (input, scope) => applyEpicFanOut(env, scope, input));
}

/**
 * What `epic/preview` answers; also what the `preview-breakdown` action reads (src/actions), so
 * the epic action, Automation and Rovo see the same preview.
 */
export async function previewEpicFanOut(
  env: AppEnvironment,
  scope: InvocationScope,
  input: FanOutInput,
): Promise<EpicPreview> {
  const loaded = await loadFanOut(env, scope, input, 'preview');
  const { plan, rows, totals } = loaded.built;
  // Nothing to create (every child filtered out, adopted or unable): nothing to send either,
  // and a person without Create issues still sees the matrix with the reason.
  const { requests } =
    plan.items.length === 0
      ? { requests: { bulkCreates: 0, linkPosts: 0, foldedLinks: 0, linksOnCreateScreen: true } }
      : await estimateRun(env, env.jira('user'), plan);
  return {
    epic: loaded.epic,
    planId: plan.planId,
    template: {
      id: loaded.template.id,
      name: loaded.template.name,
      version: loaded.template.version,
    },
    items: fanOutItems(loaded.template).map((item) => ({
      key: item.key,
      name: item.name,
      description: describeFanOutItem(item),
    })),
    unavailable: unavailableFanOutItems(loaded.template),
    readOnlyReason: loaded.canCreate ? null : noCreatePermission(scope.projectKey),
    chosenItemKeys: loaded.chosenItemKeys,
    facets: loaded.facets,
    rows,
    totals,
    requests: { ...requests, oneByOne: totals.create },
  };
}

/** What `epic/apply` does; also the `generate-template-subtasks` action's one engine call. */
export async function applyEpicFanOut(
  env: AppEnvironment,
  scope: InvocationScope,
  input: FanOutInput,
): Promise<RunView> {
  const issue = requireIssue(scope);
  // Asked before anything is read or claimed: someone who may not create leaves no run behind.
  // One question for the whole invocation: the run's own check and the Undo offer reuse it (the
  // queue's later invocations ask again).
  const permissions = permissionsOnce(env.jira('user'), scope.projectId, APPLY_PERMISSIONS);
  const held = await permissions(['CREATE_ISSUES']);
  if (!held.CREATE_ISSUES) {
    throw new ExecutorError(
      'NO_CREATE_PERMISSION',
      'You do not have permission to create issues in this project. Nothing was created.',
      { projectId: scope.projectId },
    );
  }
  // Built under the plan's claim, so which sub-tasks are the plan's own is read when no other
  // apply of this epic can be creating any (two applies a moment apart make one history).
  const run = await startRun(env, {
    plan: {
      planId: planIdOf({ kind: 'fan-out', issueId: issue.id }),
      projectId: scope.projectId,
      build: async () => {
        const { built, existing, issueTypes } = await loadFanOut(env, scope, input, 'apply');
        return { plan: built.plan, existing, issueTypes };
      },
    },
    accountId: scope.accountId,
    projectId: scope.projectId,
    permissions,
  });
  return viewForCaller(env, run, scope, permissions);
}
