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
 * Only the app's own issues count, by the one rule in `ownership.ts`: the run the property names
 * lists this very issue, or recorded the lost send that Jira says made it. Anyone who can edit an
 * issue can write its entity properties, so anything else carrying the property is reported as
 * foreign and otherwise ignored.
 */
import type { JiraClient } from '../../jira/jira-client';
import { JiraHttpError } from '../../jira/jira-errors';
import { jqlString, RECONCILE_LIMIT, type FoundIssue } from '../../jira/operations/search-by-jql';
import { PLAN_PROPERTY_KEY } from '../decide/create-payload';
import { existingLinkPairs } from '../decide/link-folding';
import { proveOwnership, readPlanProperty, type OwnershipCandidate } from '../decide/ownership';
import type { Run } from '../run';

export interface ExistingPlanIssue {
  localId: string;
  key: string;
  id: string;
  /** The run that created it. */
  runId: string;
  templateVersion: number;
  /** Its links as `typeId:from>to` keys (only when asked for). */
  linkPairs: string[];
  /** How it was proven the plan's own (`ownership.ts`). */
  proof: 'record' | 'send';
  /** Its sub-tasks (only when asked for). */
  subtasks?: { id: string; key: string }[];
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
  /** Whether to read each issue's sub-tasks (`ExistingPlanIssue.subtasks`). */
  withSubtasks?: boolean;
  /**
   * Look only for these items (a lost create's): one page instead of the whole plan's, however
   * often the run looks while the index catches up.
   */
  localIds?: readonly string[];
  /** What the proof needs of the run a property names (`runOfPlan` caches and bounds it). */
  runOf: RunLookup;
  /** The app's own account id (`GET /myself` as the app), asked only to prove a send the app made. */
  appAccountId: () => Promise<string | undefined>;
}

/** The record a proof reads: the stored run, or the live one for the run asking. */
export type RunLookup = (runId: string) => Promise<ProofRecord | undefined>;
export type ProofRecord = Pick<Run, 'runId' | 'planId' | 'items' | 'sends'>;

/** The fields a proof reads: Jira's own facts about who created an issue and when. */
export const PROOF_FIELDS = ['key', 'created', 'creator'];

export function planJql(planId: string, projectId?: string): string {
  const property = `issue.property[${PLAN_PROPERTY_KEY}].planId = ${jqlString(planId)}`;
  return projectId === undefined ? property : `project = ${projectId} AND ${property}`;
}

export async function findPlanIssues(jira: JiraClient, query: PlanIssueQuery): Promise<PlanIssues> {
  if (query.localIds === undefined) return findIssues(jira, query);
  try {
    return await findIssues(jira, query);
  } catch (error) {
    // Atlassian documents `=` on indexed string properties; should a site refuse `in` there, the
    // whole plan's search finds the same items.
    if (error instanceof JiraHttpError && error.status === 400) {
      const { localIds: _narrowed, ...whole } = query;
      return findIssues(jira, whole);
    }
    throw error;
  }
}

async function findIssues(jira: JiraClient, query: PlanIssueQuery): Promise<PlanIssues> {
  const fields = [
    ...PROOF_FIELDS,
    ...(query.withLinks ? ['issuelinks'] : []),
    ...(query.withSubtasks ? ['subtasks'] : []),
  ];
  const base =
    query.localIds === undefined
      ? planJql(query.planId, query.projectId)
      : `${planJql(query.planId, query.projectId)} AND issue.property[${PLAN_PROPERTY_KEY}].localId in (${query.localIds.map(jqlString).join(', ')})`;
  const batches = chunk([...new Set(query.known ?? [])], RECONCILE_LIMIT);
  const searches = (batches.length === 0 ? [[]] : batches).map(async (batch, n) => {
    const search = (jql: string) =>
      jira.searchByJql({
        jql,
        fields,
        properties: [PLAN_PROPERTY_KEY],
        ...(batch.length > 0 ? { reconcileIssues: batch } : {}),
      });
    // The first search finds the whole plan; the others only re-read their 50 known issues.
    if (n === 0) return search(base);
    try {
      return await search(`${base} AND id in (${batch.join(', ')})`);
    } catch (error) {
      // JQL naming an issue that was deleted is refused ("An issue with key … does not exist");
      // the whole plan with this batch reconciled reads the same issues.
      if (error instanceof JiraHttpError && error.status === 400) return search(base);
      throw error;
    }
  });
  const byId = new Map<string, FoundIssue>();
  for (const page of await Promise.all(searches)) for (const i of page) byId.set(i.id, i);

  const prove = ownershipProver(query);
  const result: PlanIssues = { byLocalId: new Map(), copies: [], foreign: [] };
  const ours: ExistingPlanIssue[] = [];
  for (const issue of [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id))) {
    const key = issue.key ?? (await jira.getIssue(issue.id, { fields: ['summary'] })).key;
    const verdict = await prove(candidateOf(issue));
    if (!verdict.ours) {
      result.foreign.push({ id: issue.id, key, reason: verdict.reason });
      continue;
    }
    ours.push({
      localId: verdict.property.localId,
      key,
      id: issue.id,
      runId: verdict.property.runId,
      templateVersion: verdict.property.templateVersion,
      linkPairs: query.withLinks ? existingLinkPairs(key, issue.fields.issuelinks) : [],
      proof: verdict.proof,
      ...(query.withSubtasks ? { subtasks: subtasksOf(issue.fields.subtasks) } : {}),
    });
  }
  // An issue its run recorded comes first; one proven by a lost send beside it is a copy.
  ours.sort((a, b) => (a.proof === b.proof ? 0 : a.proof === 'record' ? -1 : 1));
  for (const issue of ours) {
    if (result.byLocalId.has(issue.localId)) result.copies.push(issue);
    else result.byLocalId.set(issue.localId, issue);
  }
  return result;
}

/** What a search or a read answered, as the ownership rule takes it. */
export function candidateOf(issue: {
  id: string;
  fields: Record<string, unknown>;
  properties?: Record<string, unknown>;
}): OwnershipCandidate {
  return {
    id: issue.id,
    property: issue.properties?.[PLAN_PROPERTY_KEY],
    created: issue.fields.created,
    creator: issue.fields.creator,
  };
}

/**
 * `proveOwnership` with the records it needs: each named run read once, and the app's account
 * asked for only when a send the app made is the one proof left.
 */
export function ownershipProver(query: Pick<PlanIssueQuery, 'planId' | 'runOf' | 'appAccountId'>) {
  const runs = new Map<string, Promise<ProofRecord | undefined>>();
  let app: Promise<string | undefined> | undefined;
  const runOf = (runId: string) => {
    let run = runs.get(runId);
    if (!run) {
      run = query.runOf(runId);
      runs.set(runId, run);
    }
    return run;
  };
  return async (candidate: OwnershipCandidate) => {
    const property = readPlanProperty(candidate.property);
    const run = property?.planId === query.planId ? await runOf(property.runId) : undefined;
    const first = proveOwnership(candidate, query.planId, run, (by) =>
      by === 'app' ? undefined : by,
    );
    const appSent = (run?.sends ?? []).some(
      (s) => s.by === 'app' && property !== undefined && s.localIds.includes(property.localId),
    );
    if (first.ours || !appSent) return first;
    app ??= query.appAccountId();
    const appId = await app;
    return proveOwnership(candidate, query.planId, run, (by) => (by === 'app' ? appId : by));
  };
}

function subtasksOf(value: unknown): { id: string; key: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((s: unknown) => {
    const { id, key } = (s ?? {}) as { id?: unknown; key?: unknown };
    return typeof id === 'string' && typeof key === 'string' ? [{ id, key }] : [];
  });
}

export function chunk<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
