/**
 * What the previews answer: the breakdown's plan preview, the epic fan-out's matrix, and the
 * Scoping suggestions. The pure domain builds these values; the schemas here are their wire shape.
 */
import { z } from 'zod';
import {
  READINESS_RULE_IDS,
  SUGGESTION_CATEGORIES,
  SUGGESTION_RULE_IDS,
  failSafeSchema,
  failureModeSchema,
  serviceInputSchema,
  serviceOutputSchema,
  successCriterionSchema,
} from './domain';
import { previewDiffSchema, previewIssueTypeSchema, previewPlanSchema } from './contract-plan';
import { runRequestEstimateSchema } from './contract-run';

/** One thing a draft still lacks, pointing at where in the draft to fix it. */
export const readinessFindingSchema = z.object({
  ruleId: z.enum(READINESS_RULE_IDS),
  severity: z.enum(['blocker', 'warning']),
  message: z.string(),
  /** e.g. `scoping.services[2].failureModes[0].status`. */
  path: z.string(),
});

/** Why `buildPlan` could not produce a plan; the UI branches on `code`. */
export const buildPlanErrorSchema = z.object({
  code: z.enum(['not-ready', 'missing-issue-type', 'unknown-issue-type']),
  message: z.string(),
});

/** What the breakdown preview shows: the exact plan, what exists already, and the findings. */
export const planPreviewSchema = z.discriminatedUnion('ready', [
  z.object({
    ready: z.literal(true),
    /** Every item, excluded ones too; `estimate` counts only what a run would create. */
    plan: previewPlanSchema,
    findings: z.array(readinessFindingSchema),
    /** `toCreate` leaves out excluded items. */
    diff: previewDiffSchema,
    /** What creating it would send to Jira now, counted as the run counts it. */
    requests: runRequestEstimateSchema,
    /** Items a run leaves out: those the draft excludes and every item under one of them. */
    excluded: z.array(z.string()),
    /** The types of the plan's items (`issueTypeId`), as the project names them. */
    issueTypes: z.array(previewIssueTypeSchema),
  }),
  z.object({
    ready: z.literal(false),
    problem: buildPlanErrorSchema,
    findings: z.array(readinessFindingSchema),
  }),
]);
export type PlanPreview = z.infer<typeof planPreviewSchema>;

/** What happens to one (child, item) pair of the fan-out. */
export const fanOutCellSchema = z.discriminatedUnion('state', [
  z.object({
    itemKey: z.string(),
    state: z.literal('create'),
    localId: z.string(),
    summary: z.string(),
  }),
  /** This plan made it already (by the app's entity property). */
  z.object({
    itemKey: z.string(),
    state: z.literal('exists'),
    localId: z.string(),
    summary: z.string(),
    key: z.string(),
  }),
  /** A sub-task with the same summary exists that the app did not make: adopted, not duplicated. */
  z.object({
    itemKey: z.string(),
    state: z.literal('adopt'),
    summary: z.string(),
    key: z.string(),
  }),
  z.object({
    itemKey: z.string(),
    state: z.literal('cannot'),
    summary: z.string(),
    reason: z.string(),
  }),
]);

export const fanOutRowSchema = z.object({
  child: z.object({
    id: z.string(),
    key: z.string(),
    summary: z.string(),
    status: z.string(),
    assignee: z.string().nullable(),
    labels: z.array(z.string()),
    issueType: z.string(),
  }),
  /** Why this child cannot take sub-tasks, when it cannot. */
  cannot: z.string().optional(),
  cells: z.array(fanOutCellSchema),
});

const count = z.number().int().nonnegative();

export const fanOutTotalsSchema = z.object({
  children: count,
  filteredOut: count,
  create: count,
  exists: count,
  adopt: count,
  cannot: count,
});

/** The epic fan-out's preview: the matrix of children × items, the totals and the requests. */
export const epicPreviewSchema = z.object({
  epic: z.object({ key: z.string(), summary: z.string() }),
  planId: z.string(),
  template: z.object({ id: z.string(), name: z.string(), version: z.number().int() }),
  /** Every sub-task item the template offers under a child, in its order, with what it makes. */
  items: z.array(z.object({ key: z.string(), name: z.string(), description: z.string() })),
  /** The template's items the action cannot make under a child, and why. */
  unavailable: z.array(z.object({ name: z.string(), reason: z.string() })),
  /** Null when the person may create issues; else why not, said once for the whole action. */
  readOnlyReason: z.string().nullable(),
  chosenItemKeys: z.array(z.string()),
  /** The issue types, statuses and labels the epic's children have, to filter by. */
  facets: z.object({
    issueTypes: z.array(z.string()),
    statuses: z.array(z.string()),
    labels: z.array(z.string()),
  }),
  rows: z.array(fanOutRowSchema),
  totals: fanOutTotalsSchema,
  /** What creating it would send (as the run schedules it), and what one call per sub-task would. */
  requests: runRequestEstimateSchema.extend({ oneByOne: count }),
});
export type EpicPreview = z.infer<typeof epicPreviewSchema>;

/** Where a suggestion adds a new draft entry (its value has no id yet), and a hint for the id. */
const adding = { serviceId: z.string(), idHint: z.string() };

/**
 * One edit that accepting a suggestion makes. New entries carry an id hint; the id they get is
 * the hint made unique in their list when the suggestion is accepted.
 */
export const suggestionChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('add-failure-mode'),
    ...adding,
    value: failureModeSchema.omit({ id: true }),
  }),
  z.object({
    kind: z.literal('add-fail-safe'),
    ...adding,
    value: failSafeSchema.omit({ id: true }),
  }),
  z.object({
    kind: z.literal('add-success-criterion'),
    ...adding,
    value: successCriterionSchema.omit({ id: true }),
  }),
  z.object({
    kind: z.literal('add-input'),
    ...adding,
    value: serviceInputSchema.omit({ id: true }),
  }),
  z.object({
    kind: z.literal('add-output'),
    ...adding,
    value: serviceOutputSchema.omit({ id: true }),
  }),
  z.object({
    kind: z.literal('set-output-consumers'),
    serviceId: z.string(),
    outputId: z.string(),
    consumers: z.array(z.string()),
  }),
  /** Gives a source service the output an input expects of it, and points the input at it. */
  z.object({
    kind: z.literal('add-source-output'),
    ...adding,
    value: serviceOutputSchema.omit({ id: true }),
    consumerServiceId: z.string(),
    inputId: z.string(),
  }),
  z.object({ kind: z.literal('add-open-question'), idHint: z.string(), question: z.string() }),
]);

/** A suggestion for one service, as `scoping/suggest` answers it and the UI lists it. */
export const suggestionSchema = z.object({
  /** Stable within the service (`<rule id>:<subject>`): dismissals are remembered by it. */
  id: z.string(),
  serviceId: z.string(),
  ruleId: z.enum(SUGGESTION_RULE_IDS),
  category: z.enum(SUGGESTION_CATEGORIES),
  /** The rule's name. */
  rule: z.string(),
  title: z.string(),
  /** The rule's one-line explanation: why a senior engineer would ask for this. */
  why: z.string(),
  because: z.string(),
  changes: z.array(suggestionChangeSchema),
});
