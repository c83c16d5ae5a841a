/**
 * Fault injection rules: which requests they hit and what they do to them (delay, answer with
 * 429/5xx instead of Jira, or perform the request and then drop the connection unanswered).
 */
import { z } from 'zod';

/** `RateLimit-Reason` values Atlassian's "Rate limiting" page lists for a 429. */
export const RATE_LIMIT_REASONS = [
  'jira-burst-based',
  'jira-per-issue-on-write',
  'jira-quota-tenant-based',
  'jira-quota-global-based',
] as const;
export type RateLimitReason = (typeof RATE_LIMIT_REASONS)[number];

export const faultRuleSchema = z
  .strictObject({
    match: z
      .strictObject({
        method: z.string().min(1).optional(),
        /** A path prefix (`/rest/api/3/issue`) or an OpenAPI template (`/rest/api/3/issue/{issueIdOrKey}`). */
        path: z.string().startsWith('/').optional(),
      })
      .optional(),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    status: z
      .union([
        z.literal(429),
        z.literal(500),
        z.literal(501),
        z.literal(502),
        z.literal(503),
        z.literal(504),
        z.literal(505),
      ])
      .optional(),
    retryAfterSeconds: z.number().int().min(0).optional(),
    /** `RateLimit-Reason` of an injected 429 (default `jira-burst-based`). */
    rateLimitReason: z.enum(RATE_LIMIT_REASONS).optional(),
    /** Apply to every n-th matching request only. */
    every: z.number().int().min(1).optional(),
    /** Stop after applying n times. */
    times: z.number().int().min(1).optional(),
    /** "Applied but response lost": perform the request, then destroy the socket. */
    dropResponse: z.boolean().optional(),
  })
  .refine((r) => r.latencyMs !== undefined || r.status !== undefined || r.dropResponse === true, {
    message: 'a fault needs latencyMs, status or dropResponse',
  })
  .refine((r) => r.retryAfterSeconds === undefined || r.status !== undefined, {
    message: 'retryAfterSeconds goes with a status',
  })
  .refine((r) => r.rateLimitReason === undefined || r.status === 429, {
    message: 'rateLimitReason goes with status 429',
  })
  .refine((r) => !(r.status !== undefined && r.dropResponse === true), {
    message:
      'a fault either answers with a status (nothing applied) or drops the response (applied), not both',
  });

export type FaultRule = z.infer<typeof faultRuleSchema>;

export interface FaultState {
  id: string;
  rule: FaultRule;
  /** Requests that matched the rule. */
  matched: number;
  /** Requests the rule was applied to. */
  applied: number;
}

export interface FaultDecision {
  latencyMs: number;
  status?: { code: number; retryAfterSeconds?: number; rateLimitReason?: RateLimitReason };
  dropResponse: boolean;
}
