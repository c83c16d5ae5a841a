/**
 * What a run of a plan would send, worked out the way the run itself works it out: the same
 * preparation (types, create screens, link types, what exists) and the same scheduler. So the
 * preview's figures hold also where the create screen has no `issuelinks`: links then cost one
 * `POST /issueLink` each, and the estimate counts them.
 */
import type { Plan } from '../../domain/plan';
import type { JiraClient } from '../../jira/jira-client';
import { planIssueFinder } from './plan-issue-finder';
import { prepareRun } from './prepare-run';
import type { PlanIssues } from './reconcile';
import type { RunEnvironment } from '../run-environment';
import { schedulePlan } from '../decide/schedule-plan';
import type { RunRequestEstimate } from '../run';

export async function estimateRun(
  env: RunEnvironment,
  jira: JiraClient,
  plan: Plan,
): Promise<{ requests: RunRequestEstimate; existing: PlanIssues }> {
  const find = planIssueFinder(env, jira, plan);
  const prepared = await prepareRun(jira, plan, { actor: 'user' }, env.now, (withLinks) =>
    find({ withLinks }),
  );
  const carries = (id: string) =>
    prepared.linkCarryingTypes.has(prepared.issueTypeOf.get(id)?.id ?? '');
  const schedule = schedulePlan({
    items: plan.items,
    links: plan.links,
    existing: new Set(prepared.existing.byLocalId.keys()),
    canCarryLinks: carries,
    doneLinks: new Set(),
    concurrency: env.concurrency,
  });
  const linkEnds = plan.links
    .flatMap((l) => [l.from, l.to])
    .flatMap((e) => (e.kind === 'item' ? [e.localId] : []));
  return {
    requests: {
      bulkCreates: schedule.chunks.length,
      linkPosts: schedule.posts.length,
      foldedLinks: schedule.folds.length,
      linksOnCreateScreen: linkEnds.every(carries),
    },
    existing: prepared.existing,
  };
}
