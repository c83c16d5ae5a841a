/**
 * The one contract between the Custom UI and the resolvers: every resolver's key, its input and
 * output schemas, and the error codes a caller can branch on. Imported by `src/resolvers` and by
 * `static/shared/invoke.ts`, so both sides agree by construction.
 */
import { z } from 'zod';

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
  user: z.object({ accountId: z.string(), displayName: z.string() }),
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
  /** When a breakdown draft was last saved for this issue (from app storage), if ever. */
  draftSavedAt: z.string().nullable(),
});
export type AppContext = z.infer<typeof appContextSchema>;

/** Every resolver: its input and output schemas. Inputs are parsed strictly, with limits. */
export const resolvers = {
  'context/get': {
    input: z.object({}).strict(),
    output: appContextSchema,
  },
} as const;

export type ResolverKey = keyof typeof resolvers;
export type ResolverInput<K extends ResolverKey> = z.input<(typeof resolvers)[K]['input']>;
export type ResolverOutput<K extends ResolverKey> = z.output<(typeof resolvers)[K]['output']>;
export const RESOLVER_KEYS = Object.keys(resolvers) as ResolverKey[];
