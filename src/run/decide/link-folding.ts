/**
 * How a plan's `blocks` / `relates` link becomes Jira link requests. A link from `from` to `to`
 * reads "from blocks to".
 *
 * Jira's two request shapes name the ends differently, and this is where it is pinned:
 * - Folded into the create request of issue X (`update.issuelinks[].add`), the link is described
 *   from X's side, as `GET /issue` shows it: `outwardIssue: Y` means "X blocks Y" and
 *   `inwardIssue: Y` means "X is blocked by Y".
 * - `POST /rest/api/3/issueLink` takes `inwardIssue` as the issue the outward description applies
 *   to ("inwardIssue blocks outwardIssue"), the reverse of what its field names suggest.
 */
import type { PlanLink } from '../../domain/plan';
import { ExecutorError } from '../executor-errors';
import type { IssueLinkRequest } from '../../jira/operations/create-issue-link';
import type { IssueLinkTypeInfo } from '../../jira/operations/get-issue-link-types';

export type LinkKind = PlanLink['type'];

const WELL_KNOWN: Record<LinkKind, { name: string; outward: string }> = {
  blocks: { name: 'blocks', outward: 'blocks' },
  relates: { name: 'relates', outward: 'relates to' },
};

/** Finds the site's link type for a kind: by its system name, else by its outward description. */
export function findLinkType(
  types: readonly IssueLinkTypeInfo[],
  kind: LinkKind,
): IssueLinkTypeInfo | undefined {
  const known = WELL_KNOWN[kind];
  return (
    types.find((t) => t.name.toLowerCase() === known.name) ??
    types.find((t) => t.outward.toLowerCase() === known.outward)
  );
}

export function requireLinkTypes(
  types: readonly IssueLinkTypeInfo[],
  kinds: ReadonlySet<LinkKind>,
): Map<LinkKind, IssueLinkTypeInfo> {
  const found = new Map<LinkKind, IssueLinkTypeInfo>();
  for (const kind of kinds) {
    const type = findLinkType(types, kind);
    if (!type) {
      throw new ExecutorError(
        'MISSING_LINK_TYPE',
        `This Jira site has no "${WELL_KNOWN[kind].name}" issue link type, which the plan's links need. Nothing was created.`,
        { kind },
      );
    }
    found.set(kind, type);
  }
  return found;
}

/** The `update.issuelinks` operation for an issue being created that is the `carrierIs` end. */
export function foldedLinkOperation(
  type: IssueLinkTypeInfo,
  carrierIs: 'from' | 'to',
  partnerKey: string,
): { add: Record<string, unknown> } {
  return carrierIs === 'from'
    ? { add: { type: { id: type.id }, outwardIssue: { key: partnerKey } } }
    : { add: { type: { id: type.id }, inwardIssue: { key: partnerKey } } };
}

/** The `POST /rest/api/3/issueLink` body for "fromKey <outward> toKey". */
export function issueLinkRequest(
  type: IssueLinkTypeInfo,
  fromKey: string,
  toKey: string,
): IssueLinkRequest {
  return { type: { id: type.id }, inwardIssue: { key: fromKey }, outwardIssue: { key: toKey } };
}

/** Reads an issue's existing links (the `issuelinks` field) as "from → to" key pairs per type id. */
export function existingLinkPairs(issueKey: string, issuelinks: unknown): string[] {
  if (!Array.isArray(issuelinks)) return [];
  const pairs: string[] = [];
  for (const link of issuelinks as {
    type?: { id?: string };
    inwardIssue?: { key?: string };
    outwardIssue?: { key?: string };
  }[]) {
    const typeId = link.type?.id;
    if (typeId === undefined) continue;
    if (link.outwardIssue?.key) pairs.push(linkPairKey(typeId, issueKey, link.outwardIssue.key));
    if (link.inwardIssue?.key) pairs.push(linkPairKey(typeId, link.inwardIssue.key, issueKey));
  }
  return pairs;
}

export function linkPairKey(typeId: string, fromKey: string, toKey: string): string {
  return `${typeId}:${fromKey}>${toKey}`;
}
