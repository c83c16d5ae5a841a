import { z } from 'zod';
import { endpointContractSchema, serviceContractSchema } from './contract-schema';
import { draftIdSchema } from './draft-id';
import { DRAFT_LIMITS as L } from './limits';

const text = (max: number) => z.string().max(max);

/** Where an input comes from. A `service` source is what makes that service a dependency. */
export const inputSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('client') }),
  z.object({
    kind: z.literal('service'),
    serviceId: draftIdSchema,
    /** Which output of that service feeds this input, when the team knows. */
    outputId: draftIdSchema.optional(),
  }),
  z.object({ kind: z.literal('external'), system: text(L.name) }),
]);

export const serviceInputSchema = z.object({
  id: draftIdSchema,
  name: text(L.name),
  source: inputSourceSchema,
  /** e.g. "JSON body", "CSV upload", "OrderPlaced event (Avro)". */
  format: text(L.line),
});

export const serviceOutputSchema = z.object({
  id: draftIdSchema,
  name: text(L.name),
  /** Who reads this output: "web checkout", "billing", "the data warehouse", …. */
  consumers: z.array(text(L.name)).max(L.consumers).default([]),
});

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const endpointSchema = z.object({
  id: draftIdSchema,
  method: z.enum(HTTP_METHODS),
  path: text(L.path),
  summary: text(L.line),
  /** What an imported OpenAPI document said of it, for the export to write back. */
  contract: endpointContractSchema.optional(),
});

/** Failure modes answer with an error: a 2xx or 3xx there is a validation error. */
export const failureStatusSchema = z
  .number()
  .int()
  .refine((status) => status >= 400 && status <= 599, {
    message: 'A failure mode answers with a 4xx or 5xx status',
  });

export const failureModeSchema = z.object({
  id: draftIdSchema,
  condition: text(L.line),
  status: failureStatusSchema,
  behaviour: text(L.line),
  retryable: z.boolean(),
});

export const FAIL_SAFE_KINDS = [
  'retry',
  'timeout',
  'circuit-breaker',
  'idempotency-key',
  'fallback',
  'rate-limit',
  'bulkhead',
  'dead-letter-queue',
  'cache',
  'other',
] as const;
export type FailSafeKind = (typeof FAIL_SAFE_KINDS)[number];

export const failSafeSchema = z.object({
  id: draftIdSchema,
  kind: z.enum(FAIL_SAFE_KINDS),
  note: text(L.line),
});

/** A success criterion may say which endpoint or failure mode it checks. */
export const criterionTargetSchema = z.object({
  kind: z.enum(['endpoint', 'failure-mode']),
  id: draftIdSchema,
});

export const successCriterionSchema = z.object({
  id: draftIdSchema,
  /** A testable statement: "POST /orders answers 201 with the order id within 300 ms". */
  statement: text(L.line),
  tiedTo: criterionTargetSchema.optional(),
});

/**
 * A suggestion's stable id within its service: the rule's id and what it is about, e.g.
 * `path-parameter-not-found:order`. Dismissals are remembered by it.
 */
export const suggestionIdSchema = z
  .string()
  .max(L.suggestionId)
  .regex(/^[a-z0-9]+(?:[-:][a-z0-9]+)*$/, 'A suggestion id is a rule id and a subject');

export const serviceSchema = z.object({
  id: draftIdSchema,
  name: text(L.name),
  /** One sentence: what this service is for. */
  primaryFunction: text(L.line),
  inputs: z.array(serviceInputSchema).max(L.inputs).default([]),
  outputs: z.array(serviceOutputSchema).max(L.outputs).default([]),
  endpoints: z.array(endpointSchema).max(L.endpoints).default([]),
  failureModes: z.array(failureModeSchema).max(L.failureModes).default([]),
  failSafes: z.array(failSafeSchema).max(L.failSafes).default([]),
  successCriteria: z.array(successCriterionSchema).max(L.successCriteria).default([]),
  /**
   * Whether callers must authenticate, and whether the service is open to the public. Optional
   * so drafts saved before these existed still read; unset means the team has not said.
   */
  authenticated: z.boolean().optional(),
  publicFacing: z.boolean().optional(),
  /** Suggestions the team dismissed for this service, so they are not offered again. */
  dismissedSuggestions: z.array(suggestionIdSchema).max(L.dismissedSuggestions).optional(),
  /** Servers and security schemes of the OpenAPI document it was imported from. */
  contract: serviceContractSchema.optional(),
});

export const scopingSchema = z.object({
  services: z.array(serviceSchema).max(L.services).default([]),
});

export type InputSource = z.infer<typeof inputSourceSchema>;
export type ServiceInput = z.infer<typeof serviceInputSchema>;
export type ServiceOutput = z.infer<typeof serviceOutputSchema>;
export type Endpoint = z.infer<typeof endpointSchema>;
export type FailureMode = z.infer<typeof failureModeSchema>;
export type FailSafe = z.infer<typeof failSafeSchema>;
export type CriterionTarget = z.infer<typeof criterionTargetSchema>;
export type SuccessCriterion = z.infer<typeof successCriterionSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Scoping = z.infer<typeof scopingSchema>;
