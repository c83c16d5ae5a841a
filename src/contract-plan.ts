/**
 * The plan as the contract carries it (the preview, an item's description, a run's outline).
 * The plan is built by the pure domain (`src/domain/plan.ts`); these schemas describe the same
 * shapes for the wire, and `contract-checks.ts` keeps both in step at compile time.
 */
import { z } from 'zod';
import type { AdfNode } from './domain';

const adfMarkSchema = z.object({
  type: z.string(),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** One node of an Atlassian Document Format document: its type, attributes, text and children. */
export const adfNodeSchema: z.ZodType<AdfNode> = z.object({
  type: z.string(),
  attrs: z.record(z.string(), z.unknown()).optional(),
  get content() {
    return z.array(adfNodeSchema).optional();
  },
  text: z.string().optional(),
  marks: z.array(adfMarkSchema).optional(),
});

/** An ADF document, exactly as the run sends it to Jira as a description. */
export const adfDocSchema = z.object({
  type: z.literal('doc'),
  version: z.literal(1),
  content: z.array(adfNodeSchema),
});

export const issueRoleSchema = z.enum(['epic', 'standard', 'subtask']);
export const hierarchyLevelSchema = z.union([z.literal(1), z.literal(0), z.literal(-1)]);

/** Where an item hangs: under another item of this plan, or under an issue that exists already. */
export const planParentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), localId: z.string() }),
  z.object({ kind: z.literal('existing'), key: z.string() }),
]);

/** An item's fields as the preview lists them: everything but the description. */
export const previewItemFieldsSchema = z.object({
  summary: z.string(),
  labels: z.array(z.string()),
  components: z.array(z.object({ id: z.string() })),
  priority: z.object({ id: z.string() }).optional(),
  /** `accountId: null` leaves the issue unassigned. */
  assignee: z.object({ accountId: z.string().nullable() }).optional(),
  custom: z
    .array(
      z.object({ fieldId: z.string(), value: z.union([z.number(), z.object({ id: z.string() })]) }),
    )
    .optional(),
});

export const planItemSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('epic') }),
  z.object({ kind: z.literal('service'), serviceId: z.string() }),
  z.object({
    kind: z.literal('service-item'),
    serviceId: z.string(),
    itemKey: z.string(),
    endpointId: z.string().optional(),
  }),
  z.object({ kind: z.literal('extra'), itemKey: z.string() }),
]);

/**
 * A plan item as the preview lists it: everything but its description, which for the largest
 * drafts would take the answer past a megabyte; `plan/item-description` gives one on demand.
 */
export const previewItemSchema = z.object({
  localId: z.string(),
  role: issueRoleSchema,
  level: hierarchyLevelSchema,
  issueTypeId: z.string(),
  parent: planParentSchema.nullable(),
  fields: previewItemFieldsSchema,
  source: planItemSourceSchema,
});
export type PreviewItem = z.infer<typeof previewItemSchema>;

const planLinkEndSchema = planParentSchema;

export const planLinkSchema = z.object({
  type: z.enum(['blocks', 'relates']),
  from: planLinkEndSchema,
  to: planLinkEndSchema,
});

const count = z.number().int().nonnegative();

export const planEstimateSchema = z.object({
  /** Issues to create per hierarchy level, keyed "1", "0", "-1". */
  issuesPerLevel: z.object({ '1': count, '0': count, '-1': count }),
  bulkRequests: count,
});

export const previewPlanSchema = z.object({
  planId: z.string(),
  projectId: z.string(),
  templateId: z.string(),
  templateVersion: z.number().int(),
  items: z.array(previewItemSchema),
  links: z.array(planLinkSchema),
  estimate: planEstimateSchema,
});
export type PreviewPlan = z.infer<typeof previewPlanSchema>;

/** An issue of the plan that exists in Jira already, by the item's local id. */
export const existingIssueSchema = z.object({ localId: z.string(), key: z.string() });

/** The preview's comparison with Jira: items by local id (the plan beside it holds the rest). */
export const previewDiffSchema = z.object({
  existing: z.array(existingIssueSchema),
  removed: z.array(existingIssueSchema),
  toCreate: z.array(z.string()),
});
export type PreviewDiff = z.infer<typeof previewDiffSchema>;

/** A Jira issue type the plan's items are created as: Jira's own name and icon. */
export const previewIssueTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  iconUrl: z.string().optional(),
});
export type PreviewIssueType = z.infer<typeof previewIssueTypeSchema>;
