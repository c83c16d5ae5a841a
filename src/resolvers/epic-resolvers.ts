import type Resolver from '@forge/resolver';
import {
  describeFanOutItem,
  fanOutItems,
  noCreatePermission,
  unavailableFanOutItems,
} from '../domain';
import { estimateRun } from '../run/estimate-run';
import { jiraClientFor, type RunEnvironment } from '../run/run-environment';
import { startRun } from '../run/start-run';
import { defineResolver } from './define-resolver';
import { loadFanOut } from './epic-fan-out';
import { viewForCaller } from './run-view';

/** Preview and create a template's sub-tasks under every child of an epic. */
export function registerEpicResolvers(resolver: Resolver, env: RunEnvironment): void {
  defineResolver(resolver, 'epic/preview', async (input, scope) => {
    const loaded = await loadFanOut(env, scope, input, 'preview');
    const { plan, rows, totals } = loaded.built;
    // Nothing to create (every child filtered out, adopted or unable): nothing to send either,
    // and a person without Create issues still sees the matrix with the reason.
    const { requests } =
      plan.items.length === 0
        ? { requests: { bulkCreates: 0, linkPosts: 0, foldedLinks: 0, linksOnCreateScreen: true } }
        : await estimateRun(env, jiraClientFor(env, 'user'), plan);
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
  });

  defineResolver(resolver, 'epic/apply', async (input, scope) => {
    const { plan } = (await loadFanOut(env, scope, input, 'apply')).built;
    const run = await startRun(env, {
      plan,
      accountId: scope.accountId,
      projectId: scope.projectId,
    });
    return viewForCaller(env, run, scope);
  });
}
