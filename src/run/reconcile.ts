/**
 * Asks Jira which items of a plan exist, by the entity property every created issue carries.
 * This — not the run record — is the truth before any retried create and whenever a run
 * (re)starts: a response lost in transit or a run that died half-way leaves issues the run
 * record never heard of, and Jira still knows them.
 *
 * What Jira's search really answers (developer.atlassian.com, "Search for issues using JQL
 * enhanced search" and "Search after write with search and reconcile"):
 * - only the fields asked for: `fields: ['id']` gives ids alone, so this asks for `key` (and
 *   `issuelinks` when links matter), and an issue that still comes back without a key is read
 *   by id rather than dropped;
 * - the index trails writes, so issues the run knows by id are passed as `reconcileIssues`
 *   (at most 50 per search: more known ids take more searches, each narrowed to its 50).
 *   Issues whose create answer was lost cannot be named; the executor waits for the index
 *   instead (`run-tasks.ts`).
 *
 * Only the app's own issues count: an issue is part of the plan when it is in the plan's project
 * and its property names a run recorded for this plan. Anyone who can edit an issue can write
 * its entity properties, so anything else carrying the property is ignored and reported.
 */
import type { JiraClient } from '../jira/jira-client';
import { jqlString, RECONCILE_LIMIT, type FoundIssue } from '../jira/operations/search-by-jql';
import { PLAN_PROPERTY_KEY, type PlanProperty } from './create-payload';
import { existingLinkPairs } from './link-folding';

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

export interface ForeignIssue {
  id: string;
  key: string;
  reason: string;
}

export interface PlanIssues {
  /** Per local id, the issue the plan refers to: the oldest (lowest id) of its copies. */
  byLocalId: Map<string, ExistingPlanIssue>;
  /** Further issues for a local id that already has one: duplicates, all made by this plan's runs. */
  copies: ExistingPlanIssue[];
  /** Issues carrying the property that are not this plan's own. */
  foreign: ForeignIssue[];
}

export interface PlanIssueQuery {
  planId: string;
  projectId: string;
  /** Ids of issues already known to exist: read consistently (`reconcileIssues`). */
  known?: readonly string[];
  withLinks?: boolean;
  /** Whether `runId` is a run recorded for this plan. */
  isPlanRun: (runId: string) => Promise<boolean>;
}

export function planJql(planId: string, projectId?: string): string {
  const property = `issue.property[${PLAN_PROPERTY_KEY}].planId = ${jqlString(planId)}`;
  return projectId === undefined ? property : `project = ${projectId} AND ${property}`;
}

export async function findPlanIssues(jira: JiraClient, query: PlanIssueQuery): Promise<PlanIssues> {
  const fields = query.withLinks ? ['key', 'issuelinks'] : ['key'];
  const base = planJql(query.planId, query.projectId);
  const batches = chunk([...new Set(query.known ?? [])], RECONCILE_LIMIT);
  const searches = (batches.length === 0 ? [[]] : batches).map((batch, n) =>
    jira.searchByJql({
      // The first search finds the whole plan; the others only re-read their 50 known issues.
      jql: n === 0 ? base : `${base} AND id in (${batch.join(', ')})`,
      fields,
      properties: [PLAN_PROPERTY_KEY],
      ...(batch.length > 0 ? { reconcileIssues: batch } : {}),
    }),
  );
  const byId = new Map<string, FoundIssue>();
  for (const page of await Promise.all(searches)) for (const i of page) byId.set(i.id, i);

  const runChecks = new Map<string, Promise<boolean>>();
  const isPlanRun = (runId: string) => {
    let check = runChecks.get(runId);
    if (!check) {
      check = query.isPlanRun(runId);
      runChecks.set(runId, check);
    }
    return check;
  };

  const result: PlanIssues = { byLocalId: new Map(), copies: [], foreign: [] };
  const ours: ExistingPlanIssue[] = [];
  for (const issue of [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id))) {
    const key = issue.key ?? (await jira.getIssue(issue.id, { fields: ['summary'] })).key;
    const property = issue.properties[PLAN_PROPERTY_KEY] as Partial<PlanProperty> | undefined;
    const reason = await foreignReason(property, query.planId, isPlanRun);
    if (reason !== undefined || property === undefined) {
      result.foreign.push({ id: issue.id, key, reason: reason ?? 'no plan property' });
      continue;
    }
    ours.push({
      localId: property.localId as string,
      key,
      id: issue.id,
      runId: property.runId as string,
      templateVersion: property.templateVersion ?? 0,
      linkPairs: query.withLinks ? existingLinkPairs(key, issue.fields.issuelinks) : [],
    });
  }
  for (const issue of ours) {
    if (result.byLocalId.has(issue.localId)) result.copies.push(issue);
    else result.byLocalId.set(issue.localId, issue);
  }
  return result;
}

async function foreignReason(
  property: Partial<PlanProperty> | undefined,
  planId: string,
  isPlanRun: (runId: string) => Promise<boolean>,
): Promise<string | undefined> {
  if (property?.planId !== planId) return 'its property names another plan';
  if (typeof property.localId !== 'string' || typeof property.runId !== 'string')
    return 'its property is not one the app writes';
  if (!(await isPlanRun(property.runId)))
    return `its property names run ${property.runId.slice(0, 40)}, which never ran this plan`;
  return undefined;
}

function chunk<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
