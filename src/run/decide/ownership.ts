/**
 * The one rule for "this issue is the plan's own". Pure: it decides from what the caller read
 * (the issue as Jira shows it, the run record its property names) and does no I/O.
 *
 * The app's entity property is a claim, not proof: anyone who may edit an issue may write its
 * entity properties (Atlassian, "Set issue property": *Edit issues*), and any viewer can read a
 * run id. So an issue counts as the plan's own only with evidence a Jira user cannot forge:
 *
 * - **record**: the run its property names is a run of this plan, and that run's own record (app
 *   storage, written from Jira's answer to the create) lists this very issue id for the property's
 *   item; or
 * - **send**: the create's answer was lost, so no id was recorded — but the run recorded the send
 *   *before* sending it (`SendRecord`), and Jira's own facts agree: the creator is the
 *   account that sent it and Jira created it inside the send's window. Jira sets `creator` and
 *   `created` itself; no user can edit them.
 *
 * Anything else carrying the property is foreign: it never stands in for an item, never gets
 * children, and is never deleted. The threat model is in docs/ARCHITECTURE.md.
 */
import type { PlanProperty } from './create-payload';
import type { Run, SendRecord } from '../run';

/** How far Jira's clock may be from the app's when a send's window is checked. */
export const CLOCK_SKEW_MS = 120_000;
/** How long after a send Jira may still apply it (the request's own time-outs are far shorter). */
export const SEND_WINDOW_MS = 300_000;

/** An issue carrying the app's property, as a search or a read answered it. */
export interface OwnershipCandidate {
  id: string;
  property: unknown;
  /** Jira's `created` (ISO string), when it was asked for. */
  created?: unknown;
  /** Jira's `creator` user, when it was asked for. */
  creator?: unknown;
}

export type Ownership =
  | { ours: true; proof: 'record' | 'send'; property: PlanProperty }
  | { ours: false; reason: string };

/** The app's property, if this value is one the app writes. */
export function readPlanProperty(value: unknown): PlanProperty | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.planId !== 'string' || typeof v.localId !== 'string' || typeof v.runId !== 'string')
    return undefined;
  return {
    planId: v.planId,
    localId: v.localId,
    runId: v.runId,
    templateVersion: typeof v.templateVersion === 'number' ? v.templateVersion : 0,
  };
}

/**
 * Whether `candidate` is the plan's own. `run` is the record of the run its property names (as
 * stored, or live for the run asking), `undefined` when there is none; `accountOf` turns a send's
 * actor into the account Jira records as creator (`app` is the app's own account).
 */
export function proveOwnership(
  candidate: OwnershipCandidate,
  planId: string,
  run: Pick<Run, 'runId' | 'planId' | 'items' | 'sends'> | undefined,
  accountOf: (by: string) => string | undefined,
): Ownership {
  const property = readPlanProperty(candidate.property);
  if (!property) return { ours: false, reason: 'its property is not one the app writes' };
  if (property.planId !== planId) return { ours: false, reason: 'its property names another plan' };
  if (!run || run.runId !== property.runId || run.planId !== planId)
    return { ours: false, reason: 'its property names a run that never ran this plan' };

  const recorded = run.items.find((i) => i.localId === property.localId);
  const made = recorded?.outcome === 'created' || recorded?.outcome === 'existed';
  if (made && recorded.id === candidate.id) return { ours: true, proof: 'record', property };
  // A lost send's issue, or a copy of the recorded one that a lost send made.
  if (matchingSend(candidate, property.localId, run.sends ?? [], accountOf))
    return { ours: true, proof: 'send', property };
  return {
    ours: false,
    reason: made
      ? `its property copies that of ${recorded.key}, the issue the run made for this item`
      : 'the run its property names did not make it (no record of it, and Jira says someone else created it or at another time)',
  };
}

function matchingSend(
  candidate: OwnershipCandidate,
  localId: string,
  sends: readonly SendRecord[],
  accountOf: (by: string) => string | undefined,
): SendRecord | undefined {
  const created = createdAt(candidate.created);
  const creator = accountIdOf(candidate.creator);
  if (created === undefined || creator === undefined) return undefined;
  return sends.find(
    (send) =>
      send.localIds.includes(localId) &&
      accountOf(send.by) === creator &&
      created >= send.at - CLOCK_SKEW_MS &&
      created <= send.at + SEND_WINDOW_MS + CLOCK_SKEW_MS,
  );
}

/** Jira's `created`, e.g. `2026-12-07T17:28:05.123+0000`, in epoch ms. */
export function createdAt(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  // Jira writes the zone as +0000; Date.parse wants +00:00.
  const ms = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(ms) ? ms : undefined;
}

function accountIdOf(user: unknown): string | undefined {
  if (typeof user !== 'object' || user === null) return undefined;
  const id = (user as { accountId?: unknown }).accountId;
  return typeof id === 'string' ? id : undefined;
}
