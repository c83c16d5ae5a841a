/**
 * What the results list shows of each item of a run, beside its outcome: the summary, the issue
 * type's name and where it hangs, read from the plan the run executed (so a draft edited since
 * does not change what a finished run reports). Pure: the resolver gathers what Jira says.
 */
import type { RunOutline, RunOutlineItem } from '../../contract-run';
import type { IssueRole, Plan } from '../../domain/plan';

export type { RunOutline, RunOutlineItem, RunOutlineParent } from '../../contract-run';

/** What Jira told about one issue, by key. */
export interface IssueFacts {
  summary: string;
  issueTypeId: string;
  issueType: string;
}

const ROLE_NAMES: Readonly<Record<IssueRole, string>> = {
  epic: 'Epic',
  standard: 'Issue',
  subtask: 'Sub-task',
};

/** Whether some item's issue type is named by no issue Jira described (then the project's types are read). */
export function lacksTypeNames(plan: Plan, facts: ReadonlyMap<string, IssueFacts>): boolean {
  const named = new Set([...facts.values()].map((f) => f.issueTypeId));
  return plan.items.some((item) => !named.has(item.issueTypeId));
}

/** The keys of issues the plan hangs items under without creating them, in plan order. */
export function existingParentKeys(plan: Plan): string[] {
  const keys = new Set<string>();
  for (const item of plan.items) if (item.parent?.kind === 'existing') keys.add(item.parent.key);
  return [...keys];
}

/**
 * The outline of a run's plan. `keyOf` gives the key of an item the run made; `facts` what Jira
 * answered about issues by key; `projectTypes` the project's issue type names by id. An item whose
 * issue Jira did not describe takes the name of its issue type from another issue of that type,
 * else from the project's types, else the name of its role.
 */
export function runOutline(
  plan: Plan,
  keyOf: ReadonlyMap<string, string>,
  facts: ReadonlyMap<string, IssueFacts>,
  projectTypes: ReadonlyMap<string, string> = new Map(),
): RunOutline {
  const typeNames = new Map<string, string>(projectTypes);
  for (const fact of facts.values()) typeNames.set(fact.issueTypeId, fact.issueType);
  const items = plan.items.map((item): RunOutlineItem => {
    const key = keyOf.get(item.localId);
    const known = key === undefined ? undefined : facts.get(key);
    return {
      localId: item.localId,
      summary: item.fields.summary,
      issueType: known?.issueType ?? typeNames.get(item.issueTypeId) ?? ROLE_NAMES[item.role],
      parent: item.parent,
    };
  });
  const parents = existingParentKeys(plan).map((key) => {
    const known = facts.get(key);
    return { key, summary: known?.summary ?? null, issueType: known?.issueType ?? null };
  });
  return { items, parents };
}
