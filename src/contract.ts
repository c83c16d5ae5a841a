/**
 * The one contract between the Custom UI and the resolvers: every resolver's key, its input and
 * output schemas, and the error codes a caller can branch on. Imported by `src/resolvers` and by
 * `static/shared/invoke.ts`, so both sides agree by construction.
 */
import { z } from 'zod';
import {
  DRAFT_LIMITS,
  OPENAPI_DOCUMENT_MAX_BYTES,
  draftSchema,
  serviceSchema,
  type AdfDoc,
  type BuildPlanError,
  type Plan,
  type PlanDiff,
  type ReadinessFinding,
} from './domain';
import type { RunRequestEstimate, RunView, UndoReport } from './run/run';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'NOT_READY',
  'JIRA_ERROR',
  'UNSUPPORTED_CONTEXT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ResolverError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** The uniform result envelope every resolver returns. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

const issueTypeRef = z.object({
  id: z.string(),
  name: z.string(),
  hierarchyLevel: z.number().int(),
});

export const appContextSchema = z.object({
  module: z.enum(['jira:issuePanel', 'jira:issueAction', 'jira:projectSettingsPage']),
  accountId: z.string(),
  project: z.object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    style: z.enum(['classic', 'next-gen']),
  }),
  issue: z
    .object({ id: z.string(), key: z.string(), summary: z.string(), issueType: issueTypeRef })
    .nullable(),
  /** Whether this person may administer the project (the settings page needs it). */
  canAdminister: z.boolean(),
  /** Whether this person may change the issue's breakdown draft (what `draft/save` checks). */
  canEditDraft: z.boolean(),
  /** When a breakdown draft was last saved for this issue (from app storage), if ever. */
  draftSavedAt: z.string().nullable(),
});
export type AppContext = z.infer<typeof appContextSchema>;

const templateIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/);
const runIdSchema = z.uuid();

export const storedDraftSchema = z.object({
  draft: draftSchema,
  /** 0 when nothing was saved yet: the version a first save is based on. */
  version: z.number().int().nonnegative(),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
});

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  version: z.number().int(),
  builtIn: z.boolean(),
});

const planOptionsSchema = z
  .object({
    templateId: templateIdSchema,
    /** On an epic: put the services under it instead of creating a new epic. */
    reuseCurrentEpic: z.boolean().default(false),
  })
  .strict();

/**
 * A plan item as the preview lists it: everything but its description, which for the largest
 * drafts would take the answer past a megabyte; `plan/item-description` gives one on demand.
 */
export type PreviewItem = Omit<Plan['items'][number], 'fields'> & {
  fields: Omit<Plan['items'][number]['fields'], 'description'>;
};
export type PreviewPlan = Omit<Plan, 'items'> & { items: PreviewItem[] };
/** The preview's comparison with Jira: items by local id (the plan beside it holds the rest). */
export type PreviewDiff = Pick<PlanDiff, 'existing' | 'removed'> & { toCreate: string[] };

/** What the breakdown preview shows: the exact plan, what exists already, and the findings. */
export type PlanPreview =
  | {
      ready: true;
      plan: PreviewPlan;
      findings: ReadinessFinding[];
      diff: PreviewDiff;
      /** What creating it would send to Jira now, counted as the run counts it. */
      requests: RunRequestEstimate;
    }
  | { ready: false; problem: BuildPlanError; findings: ReadinessFinding[] };

/** Every resolver: its input and output schemas. Inputs are parsed strictly, with limits. */
export const resolvers = {
  'context/get': {
    input: z.object({}).strict(),
    output: appContextSchema,
  },
  'draft/get': {
    input: z.object({}).strict(),
    output: storedDraftSchema,
  },
  'draft/save': {
    input: z
      .object({ draft: draftSchema, baseVersion: z.number().int().nonnegative().max(1_000_000) })
      .strict(),
    output: storedDraftSchema,
  },
  'template/list': {
    input: z.object({}).strict(),
    output: z.object({ templates: z.array(templateSummarySchema), defaultTemplateId: z.string() }),
  },
  'plan/preview': {
    input: planOptionsSchema,
    output: z.custom<PlanPreview>(),
  },
  'plan/item-description': {
    input: planOptionsSchema.extend({ localId: z.string().min(1).max(300) }).strict(),
    /** The description exactly as the run would send it (ADF). */
    output: z.custom<{ localId: string; description: AdfDoc }>(),
  },
  'plan/apply': {
    input: planOptionsSchema,
    output: z.custom<RunView>(),
  },
  'run/latest': {
    input: z.object({}).strict(),
    /** The latest run of this issue's breakdown, or null when it was never created. */
    output: z.custom<RunView | null>(),
  },
  'run/get': {
    input: z.object({ runId: runIdSchema }).strict(),
    output: z.custom<RunView>(),
  },
  'run/cancel': {
    input: z.object({ runId: runIdSchema }).strict(),
    output: z.custom<RunView>(),
  },
  'run/resume': {
    input: z.object({ runId: runIdSchema }).strict(),
    output: z.custom<RunView>(),
  },
  'scoping/import-openapi': {
    input: z
      .object({
        /** An OpenAPI 3.0 or 3.1 document, YAML or JSON, with internal references only. */
        document: z
          .string()
          .min(1, 'Paste or choose an OpenAPI document')
          .refine((text) => new TextEncoder().encode(text).length <= OPENAPI_DOCUMENT_MAX_BYTES, {
            message: `The document is larger than ${OPENAPI_DOCUMENT_MAX_BYTES / 1024} KiB`,
          }),
      })
      .strict(),
    output: z.object({
      services: z.array(serviceSchema).max(DRAFT_LIMITS.services),
      /** What the document said that the draft could not hold, or held only in part. */
      warnings: z.array(z.string()),
      title: z.string(),
      version: z.string(),
    }),
  },
  'run/undo': {
    input: z.object({ runId: runIdSchema, confirm: z.literal(true) }).strict(),
    output: z.custom<UndoReport>(),
  },
} as const;

export type ResolverKey = keyof typeof resolvers;
export type ResolverInput<K extends ResolverKey> = z.input<(typeof resolvers)[K]['input']>;
export type ResolverOutput<K extends ResolverKey> = z.output<(typeof resolvers)[K]['output']>;
export const RESOLVER_KEYS = Object.keys(resolvers) as ResolverKey[];
