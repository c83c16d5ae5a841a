/**
 * Asks Jira which items of a plan exist, by the entity property every created issue carries.
 * This — not the run record — is the truth before any retried create and whenever a run
 * (re)starts: a response lost in transit or a run that died half-way leaves issues the run
 * record never heard of, and Jira still knows them.
 */
import { PLAN_PROPERTY_KEY, type PlanProperty } from './create-payload';
import type { JiraClient } from './jira-client';
import { existingLinkPairs } from './link-folding';
import { jqlString } from './operations/search-by-jql';

export interface ExistingPlanIssue {
  localId: string;
  key: string;
  id: string;
  /** The run that created it. */
  runId: string;
  templateVersion: number;
  /** Its links as `typeId:from>to` keys (only when asked for). */
  linkPairs: string[];
}

export function planJql(planId: string): string {
  return `issue.property[${PLAN_PROPERTY_KEY}].planId = ${jqlString(planId)}`;
}

/**
 * Every issue of `planId`, by local id. When Jira holds two issues for one local id (created
 * outside this app's guarantees), the oldest — lowest id — is the one the plan refers to.
 */
export async function findPlanIssues(
  jira: JiraClient,
  planId: string,
  options: { withLinks?: boolean } = {},
): Promise<Map<string, ExistingPlanIssue>> {
  const found = await jira.searchByJql({
    jql: planJql(planId),
    fields: options.withLinks ? ['issuelinks'] : ['id'],
    properties: [PLAN_PROPERTY_KEY],
  });
  const byLocalId = new Map<string, ExistingPlanIssue>();
  for (const issue of found) {
    const property = issue.properties[PLAN_PROPERTY_KEY] as Partial<PlanProperty> | undefined;
    if (property?.planId !== planId || typeof property.localId !== 'string') continue;
    const known = byLocalId.get(property.localId);
    if (known && Number(known.id) <= Number(issue.id)) continue;
    byLocalId.set(property.localId, {
      localId: property.localId,
      key: issue.key,
      id: issue.id,
      runId: property.runId ?? '',
      templateVersion: property.templateVersion ?? 0,
      linkPairs: options.withLinks ? existingLinkPairs(issue.key, issue.fields.issuelinks) : [],
    });
  }
  return byLocalId;
}
