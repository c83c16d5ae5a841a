/**
 * The error side of the contract: the codes a caller can branch on and, per code, what its
 * `details` may hold. Checked like the answers (`src/resolvers/answer-check.ts`), so a screen that
 * reads `details` reads a shape the server promised.
 */
import { z } from 'zod';
import { buildPlanErrorSchema, readinessFindingSchema } from './contract-preview';
import { issueRoleSchema } from './contract-plan';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'NOT_READY',
  'JIRA_ERROR',
  'UNSUPPORTED_CONTEXT',
  /** App storage (Forge KVS) did not answer: nothing was changed, and trying again is safe. */
  'STORAGE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One value not accepted, where it was (a dotted path) and, for files, on which line. */
export const fieldProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  line: z.number().int().optional(),
});
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

/** A problem of a pasted OpenAPI document: what, and where (RFC 6901 pointer, 1-based line). */
export const documentProblemSchema = z.object({
  message: z.string(),
  pointer: z.string().optional(),
  line: z.number().int().optional(),
});

/**
 * Why the run stage refused (its `ExecutorError` code as `reason`) and what it refused about:
 * the project, the roles without an issue type, the link kind, or the run holding the plan.
 */
export const runRefusalSchema = z.object({
  reason: z.string(),
  projectId: z.string().optional(),
  planProjectId: z.string().optional(),
  missingRoles: z.array(issueRoleSchema).optional(),
  kind: z.string().optional(),
  runId: z.string().optional(),
  action: z.string().optional(),
});

/**
 * The details of `draft/save`'s CONFLICT: the version stored now, who saved it (account id) and
 * when, so the panel can say so and save over it only on purpose (`baseVersion: currentVersion`).
 */
export const draftConflictSchema = z.object({
  currentVersion: z.number().int().nonnegative(),
  savedBy: z.string().nullable(),
  savedAt: z.string().nullable(),
  /** The saver's name as Jira shows it; null when the caller may not browse users, or it is them. */
  savedByName: z.string().nullable(),
});
export type DraftConflict = z.infer<typeof draftConflictSchema>;

/**
 * The details of a template save's CONFLICT: the version stored now, who saved it and when, and
 * the saver's name (null when the caller may not browse users, or it is them).
 */
export const templateConflictSchema = z.object({
  currentVersion: z.number().int().nonnegative(),
  savedBy: z.string().nullable(),
  savedAt: z.string().nullable(),
  savedByName: z.string().nullable(),
  /** The caller saved it themselves (another tab or window). */
  byYou: z.boolean(),
});
export type TemplateConflict = z.infer<typeof templateConflictSchema>;

/** What each error code's `details` may be; `undefined` when the code carries none. */
export const errorDetailsSchemas = {
  INVALID_INPUT: z
    .union([
      z.array(fieldProblemSchema),
      z.object({ problems: z.array(documentProblemSchema) }),
      /** A plan export over the size limit, and the formats that would fit. */
      z.object({
        bytes: z.number().int().nonnegative(),
        maxBytes: z.number().int().nonnegative(),
        fittingFormats: z.array(z.string()),
      }),
      runRefusalSchema,
    ])
    .optional(),
  NOT_FOUND: runRefusalSchema.optional(),
  FORBIDDEN: runRefusalSchema.optional(),
  CONFLICT: z
    .union([
      templateConflictSchema,
      draftConflictSchema,
      z.object({ currentVersion: z.number().int().nonnegative() }),
      runRefusalSchema,
    ])
    .optional(),
  NOT_READY: z
    .union([
      /** The plan cannot be built: why, and the draft's readiness findings. */
      z.object({
        problem: buildPlanErrorSchema,
        findings: z.array(readinessFindingSchema).optional(),
      }),
      runRefusalSchema,
    ])
    .optional(),
  JIRA_ERROR: z.undefined().optional(),
  UNSUPPORTED_CONTEXT: z.object({ reason: z.literal('NOT_AN_EPIC') }).optional(),
  /** Always retryable: storage did not answer, nothing was written. */
  STORAGE_UNAVAILABLE: z.object({ retryable: z.literal(true) }),
} as const satisfies Record<ErrorCode, z.ZodType>;

/** What an error of code `C` may carry as `details`. */
export type ErrorDetails<C extends ErrorCode> = z.output<(typeof errorDetailsSchemas)[C]>;

/**
 * A resolver's error: its code, a sentence for people, and details of one of the shapes its code
 * allows (`resolverErrorSchema` checks the pairing; narrow on `code` to read them).
 */
export interface ResolverError {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails<ErrorCode>;
}

const errorOf = <C extends ErrorCode>(code: C) =>
  z.object({ code: z.literal(code), message: z.string(), details: errorDetailsSchemas[code] });

/** The schema of an error envelope's `error`, per code. */
export const resolverErrorSchema = z.discriminatedUnion('code', [
  errorOf('INVALID_INPUT'),
  errorOf('NOT_FOUND'),
  errorOf('FORBIDDEN'),
  errorOf('CONFLICT'),
  errorOf('NOT_READY'),
  errorOf('JIRA_ERROR'),
  errorOf('UNSUPPORTED_CONTEXT'),
  errorOf('STORAGE_UNAVAILABLE'),
]);

/** A code added to ERROR_CODES without its place above fails to compile here. */
const _everyCodeParsed: ErrorCode extends z.infer<typeof resolverErrorSchema>['code']
  ? true
  : never = true;
