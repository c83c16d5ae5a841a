import type { FailSafeKind } from './scoping-schema';

/** How each kind of fail-safe is named to people: in issue descriptions and in the forms. */
export const FAIL_SAFE_LABELS: Readonly<Record<FailSafeKind, string>> = {
  retry: 'Retry',
  timeout: 'Timeout',
  'circuit-breaker': 'Circuit breaker',
  'idempotency-key': 'Idempotency key',
  fallback: 'Fallback',
  'rate-limit': 'Rate limit',
  bulkhead: 'Bulkhead',
  'dead-letter-queue': 'Dead-letter queue',
  cache: 'Cache',
  other: 'Other',
};
