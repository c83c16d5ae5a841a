/**
 * The create request for one plan item: fields, the entity property that records which plan,
 * item and run the issue belongs to (set in the same request, so an issue never exists without
 * it), and the links folded into it.
 */
import type { IssueTypeInfo, Plan, PlanItem, PlanLinkEnd } from '../../domain/plan';
import { foldedLinkOperation, type LinkKind } from './link-folding';
import type { IssueCreateRequest } from '../../jira/operations/bulk-create-issues';
import type { IssueLinkTypeInfo } from '../../jira/operations/get-issue-link-types';
import type { FoldedLink } from './schedule-plan';

/** The app's entity property key (indexed in manifest.yml for JQL). */
export const PLAN_PROPERTY_KEY = 'backend-breakdown';

export interface PlanProperty {
  planId: string;
  localId: string;
  runId: string;
  templateVersion: number;
}

export interface PayloadContext {
  plan: Plan;
  runId: string;
  issueTypeOf: (localId: string) => IssueTypeInfo;
  /** Key of an item that exists in Jira by now. */
  keyOf: (localId: string) => string | undefined;
  linkTypeOf: (kind: LinkKind) => IssueLinkTypeInfo;
}

export function endKey(
  end: PlanLinkEnd,
  keyOf: (localId: string) => string | undefined,
): string | undefined {
  return end.kind === 'existing' ? end.key : keyOf(end.localId);
}

/**
 * Builds `IssueUpdateDetails` for `item`. `folds` are the links this item carries whose partner
 * exists already; empty labels and components are left out, since a project whose create screen
 * lacks those fields rejects them even when empty.
 */
export function createPayload(
  item: PlanItem,
  folds: readonly FoldedLink[],
  ctx: PayloadContext,
): IssueCreateRequest {
  const fields: Record<string, unknown> = {
    project: { id: ctx.plan.projectId },
    issuetype: { id: ctx.issueTypeOf(item.localId).id },
    summary: item.fields.summary,
    description: item.fields.description,
  };
  if (item.fields.labels.length > 0) fields.labels = item.fields.labels;
  if (item.fields.components.length > 0) fields.components = item.fields.components;
  Object.assign(fields, fieldDefaultsPayload(item));
  if (item.parent) {
    const parentKey =
      item.parent.kind === 'existing' ? item.parent.key : ctx.keyOf(item.parent.localId);
    if (parentKey === undefined) throw new Error(`parent of ${item.localId} is not created yet`);
    fields.parent = { key: parentKey };
  }

  const issuelinks = folds.flatMap((fold) => {
    const partnerKey = endKey(fold.partner, ctx.keyOf);
    const link = ctx.plan.links[fold.linkIndex];
    if (partnerKey === undefined || link === undefined) return [];
    return [foldedLinkOperation(ctx.linkTypeOf(link.type), fold.carrierIs, partnerKey)];
  });

  const property: PlanProperty = {
    planId: ctx.plan.planId,
    localId: item.localId,
    runId: ctx.runId,
    templateVersion: ctx.plan.templateVersion,
  };
  return {
    fields,
    ...(issuelinks.length > 0 ? { update: { issuelinks } } : {}),
    properties: [{ key: PLAN_PROPERTY_KEY, value: property }],
  };
}

/**
 * The template's field defaults for the item (priority, assignee, number and select fields), in
 * Jira's create shape. Kept apart from the fields above: the template store checked them against
 * the project's create screens when the template was saved.
 */
export function fieldDefaultsPayload(item: PlanItem): Record<string, unknown> {
  const { priority, assignee, custom } = item.fields;
  const fields: Record<string, unknown> = {};
  if (priority) fields.priority = { id: priority.id };
  if (assignee) fields.assignee = { accountId: assignee.accountId };
  for (const field of custom ?? []) fields[field.fieldId] = field.value;
  return fields;
}
