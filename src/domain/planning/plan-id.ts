/**
 * A plan's id: which issue it was started from, and how. One plan per issue's breakdown
 * (`issue-<id>`) and one per epic's fan-out (`epic-<id>`), so re-running either targets the same
 * Jira issues. Built and read only here: the run records, the claims and the app's issue property
 * carry the id, and provenance reads back where a run came from.
 */

/** Where a plan comes from: the breakdown on an issue's panel, or the fan-out over an epic. */
export interface PlanOrigin {
  kind: 'breakdown' | 'fan-out';
  /** Jira's numeric issue id (of the epic, for a fan-out). */
  issueId: string;
}

const PREFIX = { breakdown: 'issue', 'fan-out': 'epic' } as const;
const PLAN_ID = /^(issue|epic)-(\d+)$/;

export function planIdOf(origin: PlanOrigin): string {
  return `${PREFIX[origin.kind]}-${origin.issueId}`;
}

/** The origin of a plan id `planIdOf` built; undefined for anything else. */
export function planOriginOf(planId: string): PlanOrigin | undefined {
  const match = PLAN_ID.exec(planId);
  if (!match?.[2]) return undefined;
  return { kind: match[1] === 'epic' ? 'fan-out' : 'breakdown', issueId: match[2] };
}
