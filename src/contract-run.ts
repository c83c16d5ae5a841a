/**
 * The run as the contract carries it: what `plan/apply`, `epic/apply` and the `run/*` resolvers
 * answer, and what the panel shows. The schemas are the definition; the run stage (`src/run`)
 * and the UI take their types from here, so the server cannot answer a shape the UI does not read.
 */
import { z } from 'zod';
import { planParentSchema } from './contract-plan';
import { RUN_ACTIONS, RUN_STATUSES, TERMINAL_STATUSES } from './domain/run/run-lifecycle';

// The lifecycle's words are the domain's (`run-lifecycle.ts`, one rule); the contract checks them.
export { RUN_STATUSES, TERMINAL_STATUSES };
export const runStatusSchema = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof runStatusSchema>;

export const itemOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ localId: z.string(), outcome: z.literal('pending') }),
  z.object({ localId: z.string(), outcome: z.literal('created'), key: z.string(), id: z.string() }),
  /** Found in Jira before this run created it (an earlier run of the same plan did). */
  z.object({ localId: z.string(), outcome: z.literal('existed'), key: z.string(), id: z.string() }),
  z.object({ localId: z.string(), outcome: z.literal('failed'), reason: z.string() }),
  /** Not attempted because the item it hangs under was not created. */
  z.object({
    localId: z.string(),
    outcome: z.literal('blocked'),
    blockedBy: z.string(),
    reason: z.string(),
  }),
  /** Deleted again by undo. */
  z.object({ localId: z.string(), outcome: z.literal('deleted'), key: z.string() }),
]);
export type ItemOutcome = z.infer<typeof itemOutcomeSchema>;

export const linkOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ index: z.number().int(), outcome: z.literal('pending') }),
  z.object({
    index: z.number().int(),
    outcome: z.literal('created'),
    via: z.enum(['create-request', 'issue-link']),
  }),
  z.object({ index: z.number().int(), outcome: z.literal('existed') }),
  z.object({ index: z.number().int(), outcome: z.literal('failed'), reason: z.string() }),
  z.object({ index: z.number().int(), outcome: z.literal('blocked'), reason: z.string() }),
]);
export type LinkOutcome = z.infer<typeof linkOutcomeSchema>;

const count = z.number().int().nonnegative();

export const runCountsSchema = z.object({
  total: count,
  pending: count,
  created: count,
  existed: count,
  failed: count,
  blocked: count,
  deleted: count,
});
export type RunCounts = z.infer<typeof runCountsSchema>;

/** A run's links are counted as its items are, but never deleted (they go with their issues). */
export const linkCountsSchema = runCountsSchema.omit({ deleted: true });
export type LinkCounts = z.infer<typeof linkCountsSchema>;

export const runTimingsSchema = z.object({
  /** Lookups and reconciliation before the first create. */
  preparationMs: z.number().optional(),
  createMs: z.number().optional(),
  linkMs: z.number().optional(),
  totalMs: z.number().optional(),
});
export type RunTimings = z.infer<typeof runTimingsSchema>;

export const runErrorSchema = z.object({ code: z.string(), message: z.string() });
export type RunError = z.infer<typeof runErrorSchema>;

/** A bulk create as recorded just before it was sent. */
export const sendRecordSchema = z.object({
  /** When it was sent (epoch ms, the app's clock). */
  at: z.number(),
  /** Who sent it: an account id, or `app` for the app's own account (the queue consumer). */
  by: z.string(),
  localIds: z.array(z.string()),
  /** When its answer was found lost (or the invocation sending it died). */
  lostAt: z.number().optional(),
  /** No item of it waits any more: each was found, failed, or waited out the horizon. */
  settled: z.boolean().optional(),
});
export type SendRecord = z.infer<typeof sendRecordSchema>;

/** A duplicate this run made (a lost answer, a lagging index) and what became of it. */
export const cleanupRecordSchema = z.object({
  localId: z.string(),
  key: z.string(),
  outcome: z.enum(['deleted', 'not-deleted']),
  reason: z.string().optional(),
});
export type CleanupRecord = z.infer<typeof cleanupRecordSchema>;

/** An issue carrying the app's property that is not one of this plan's own: left alone. */
export const foreignIssueRecordSchema = z.object({ key: z.string(), reason: z.string() });
export type ForeignIssueRecord = z.infer<typeof foreignIssueRecordSchema>;

/** What a person may do with a run now; computed on the server, the panel offers exactly these. */
export const runActionSchema = z.enum(RUN_ACTIONS);
export type RunAction = z.infer<typeof runActionSchema>;

export const undoReportSchema = z.object({
  at: z.number(),
  accountId: z.string(),
  deleted: z.array(z.string()),
  notDeleted: z.array(z.object({ localId: z.string(), key: z.string(), reason: z.string() })),
});
export type UndoReport = z.infer<typeof undoReportSchema>;

/** The step a run is at, as the UI words it. */
export const runPhaseSchema = z.enum([
  'preparing',
  'creating',
  'waiting-for-index',
  'checking-copies',
]);
export type RunPhase = z.infer<typeof runPhaseSchema>;

export const runHeaderSchema = z.object({
  runId: z.string(),
  planId: z.string(),
  projectId: z.string(),
  templateVersion: z.number().int(),
  /** Who started the run; creates happen as this user. */
  accountId: z.string(),
  mode: z.enum(['inline', 'queued']),
  status: runStatusSchema,
  /** The step it is at while queued or running. */
  phase: runPhaseSchema.optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
  startedAt: z.number().optional(),
  finishedAt: z.number().optional(),
  counts: runCountsSchema,
  links: linkCountsSchema,
  timings: runTimingsSchema,
  /** Requests sent to Jira by this run, per operation id (attempts, retries included). */
  requests: z.record(z.string(), count),
  /** How the run chose to create: link strategy, chunks and simulated round trips. */
  schedule: z
    .object({
      strategy: z.enum(['fold', 'post']),
      chunks: count,
      linkPosts: count,
      rounds: count,
    })
    .optional(),
  error: runErrorSchema.optional(),
  undo: undoReportSchema.optional(),
  /**
   * Bulk creates recorded before they were sent whose answer is not known: in flight, or lost
   * (`lostAt`). Their items are not sent again until Jira shows what they made or the index has
   * had its horizon (`IndexLagPolicy.horizonMs`), and an issue Jira shows for one counts as the
   * run's own only when Jira's creator and created time match it (`ownership.ts`).
   */
  sends: z.array(sendRecordSchema).optional(),
  /** The plan's run before this one: what it made is read consistently when this one starts. */
  previousRunId: z.string().optional(),
  /** Duplicates found and removed (or not) before the run reported its end. */
  cleanup: z.array(cleanupRecordSchema).optional(),
  /** "Foreign issue ignored": issues carrying the property that reconciliation did not accept. */
  foreign: z.array(foreignIssueRecordSchema).optional(),
  /** How many times it was (re)started: 1 for a fresh run. */
  attempts: z.number().int(),
  /** Hand-offs because Jira kept failing (not waits for its index); the run fails after a few. */
  stalls: z.number().int().optional(),
});
export type RunHeader = z.infer<typeof runHeaderSchema>;

export const runSchema = runHeaderSchema.extend({
  items: z.array(itemOutcomeSchema),
  linkOutcomes: z.array(linkOutcomeSchema),
});
export type Run = z.infer<typeof runSchema>;

/** A run as the UI gets it: with the actions the caller may take now. */
export const runViewSchema = runSchema.extend({
  actions: z.array(runActionSchema),
  /** True while an invocation or the queue holds the run (its lease is live). */
  underWay: z.boolean(),
  /**
   * Why the caller has no Undo for a finished run that created issues (the permission it needs,
   * or whose run it is); absent when they have it, or when nothing could be undone anyway.
   */
  undoUnavailable: z.string().optional(),
});
export type RunView = z.infer<typeof runViewSchema>;

/** What a run of a plan would send to Jira (the preview shows it). */
export const runRequestEstimateSchema = z.object({
  /** `POST /issue/bulk` calls for the issues still missing. */
  bulkCreates: count,
  /** `POST /issueLink` calls for links that cannot ride inside a create request. */
  linkPosts: count,
  /** Links carried inside create requests (no request of their own). */
  foldedLinks: count,
  /** Whether every link type end's create screen offers `issuelinks`. */
  linksOnCreateScreen: z.boolean(),
});
export type RunRequestEstimate = z.infer<typeof runRequestEstimateSchema>;

export const runOutlineItemSchema = z.object({
  localId: z.string(),
  summary: z.string(),
  /** The issue type's name in the project ("Story", "Historia"); a role name when Jira did not say. */
  issueType: z.string(),
  parent: planParentSchema.nullable(),
});
export type RunOutlineItem = z.infer<typeof runOutlineItemSchema>;

/** An issue the plan hangs items under that the run did not create (a reused epic, a child). */
export const runOutlineParentSchema = z.object({
  key: z.string(),
  summary: z.string().nullable(),
  issueType: z.string().nullable(),
});
export type RunOutlineParent = z.infer<typeof runOutlineParentSchema>;

/** What the results list shows of each item beside its outcome: summary, issue type, parent. */
export const runOutlineSchema = z.object({
  items: z.array(runOutlineItemSchema),
  parents: z.array(runOutlineParentSchema),
});
export type RunOutline = z.infer<typeof runOutlineSchema>;
