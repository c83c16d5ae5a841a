/** Every suggestion rule, by id, in the order suggestions are listed. */
export const SUGGESTION_RULE_IDS = [
  'path-parameter-not-found',
  'malformed-request-body',
  'invalid-request-body',
  'duplicate-create',
  'unauthenticated-caller',
  'forbidden-caller',
  'stale-conditional-update',
  'upload-too-large',
  'public-rate-limit',
  'upstream-bad-gateway',
  'upstream-unavailable',
  'upstream-timeout',
  'timeout-per-upstream',
  'retry-per-upstream',
  'circuit-breaker-for-external',
  'idempotency-key-for-creates',
  'dead-letter-for-events',
  'endpoint-criterion',
  'failure-mode-criterion',
  'service-without-input',
  'service-without-output',
  'output-without-consumer',
  'input-not-produced-by-source',
  'service-without-failure-mode',
] as const;

export type SuggestionRuleId = (typeof SUGGESTION_RULE_IDS)[number];
