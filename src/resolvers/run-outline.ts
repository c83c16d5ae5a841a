import type Resolver from '@forge/resolver';
import { JiraHttpError } from '../jira/jira-errors';
import { jqlString } from '../jira/operations/search-by-jql';
import type { AppEnvironment } from '../app-environment';
import { existingParentKeys, getRun, lacksTypeNames, runOutline, type IssueFacts } from '../run';
import { getProject } from '../jira/operations/get-project';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';

/** At most this many issues are described by Jira (5 searches); the rest keep role names. */
export const OUTLINE_LOOKUP_MAX = 500;
const KEYS_PER_SEARCH = 100;

/** Jira refusing a description is not a failure of the list: those rows keep simpler names. */
const refusedAsNone = (error: unknown): never[] => {
  if (error instanceof JiraHttpError) return [];
  throw error;
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * `run/outline`: what the results list shows beside each outcome (summary, issue type, parent),
 * asked once per run by the UI while `run/get` keeps polling the outcomes alone.
 */
export function registerRunOutline(resolver: Resolver, env: AppEnvironment): void {
  defineResolver(resolver, 'run/outline', async (input, scope) => {
    const run = await getRun(env, input.runId);
    const plan = await env.runs.loadPlan(input.runId);
    if (run.projectId !== scope.projectId || !plan)
      throw new AppError('NOT_FOUND', `There is no run ${input.runId}.`);
    const keyOf = new Map<string, string>();
    for (const item of run.items)
      if (item.outcome === 'created' || item.outcome === 'existed')
        keyOf.set(item.localId, item.key);
    const lookups = [...new Set([...existingParentKeys(plan), ...keyOf.values()])].slice(
      0,
      OUTLINE_LOOKUP_MAX,
    );
    const facts = new Map<string, IssueFacts>();
    const jira = env.jira('user');
    for (let start = 0; start < lookups.length; start += KEYS_PER_SEARCH) {
      const keys = lookups.slice(start, start + KEYS_PER_SEARCH);
      try {
        const found = await jira.searchByJql({
          jql: `key in (${keys.map(jqlString).join(', ')})`,
          fields: ['summary', 'issuetype'],
          maxResults: KEYS_PER_SEARCH,
        });
        for (const issue of found) {
          const type = issue.fields.issuetype as { id?: unknown; name?: unknown } | undefined;
          const issueType = text(type?.name);
          if (issue.key === undefined || issueType === undefined) continue;
          facts.set(issue.key, {
            summary: text(issue.fields.summary) ?? '',
            issueTypeId: text(type?.id) ?? '',
            issueType,
          });
        }
      } catch (error) {
        // Jira refuses a search naming an issue deleted since (or one this person cannot see):
        // those rows keep the plan's summary and a role name rather than failing the list.
        if (!(error instanceof JiraHttpError && error.status === 400)) throw error;
      }
    }
    // Items Jira refused (or not yet made) are named after the project's issue types, read from
    // the project itself (anyone who can browse it sees them), so every person reads the same
    // names: createmeta would list them only to someone who may create issues.
    const projectTypes = lacksTypeNames(plan, facts)
      ? new Map(
          (
            await getProject(jira.requester, scope.projectId).then(
              (project) => project.issueTypes,
              refusedAsNone,
            )
          ).map((t) => [t.id, t.name]),
        )
      : new Map<string, string>();
    return runOutline(plan, keyOf, facts, projectTypes);
  });
}
