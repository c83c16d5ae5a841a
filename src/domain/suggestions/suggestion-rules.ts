import { circuitBreakerForExternal } from './rules/circuit-breaker-for-external';
import { deadLetterForEvents } from './rules/dead-letter-for-events';
import { duplicateCreate } from './rules/duplicate-create';
import { endpointCriterion } from './rules/endpoint-criterion';
import { failureModeCriterion } from './rules/failure-mode-criterion';
import { forbiddenCaller } from './rules/forbidden-caller';
import { idempotencyKeyForCreates } from './rules/idempotency-key-for-creates';
import { inputNotProducedBySource } from './rules/input-not-produced-by-source';
import { invalidRequestBody } from './rules/invalid-request-body';
import { malformedRequestBody } from './rules/malformed-request-body';
import { outputWithoutConsumer } from './rules/output-without-consumer';
import { pathParameterNotFound } from './rules/path-parameter-not-found';
import { publicRateLimit } from './rules/public-rate-limit';
import { retryPerUpstream } from './rules/retry-per-upstream';
import { serviceWithoutFailureMode } from './rules/service-without-failure-mode';
import { serviceWithoutInput } from './rules/service-without-input';
import { serviceWithoutOutput } from './rules/service-without-output';
import { staleConditionalUpdate } from './rules/stale-conditional-update';
import { timeoutPerUpstream } from './rules/timeout-per-upstream';
import { unauthenticatedCaller } from './rules/unauthenticated-caller';
import { uploadTooLarge } from './rules/upload-too-large';
import { upstreamBadGateway } from './rules/upstream-bad-gateway';
import { upstreamTimeout } from './rules/upstream-timeout';
import { upstreamUnavailable } from './rules/upstream-unavailable';
import type { SuggestionRule } from './suggestion';
import { SUGGESTION_RULE_IDS, type SuggestionRuleId } from './suggestion-rule-ids';

const RULES_BY_ID: Readonly<Record<SuggestionRuleId, SuggestionRule>> = {
  'path-parameter-not-found': pathParameterNotFound,
  'malformed-request-body': malformedRequestBody,
  'invalid-request-body': invalidRequestBody,
  'duplicate-create': duplicateCreate,
  'unauthenticated-caller': unauthenticatedCaller,
  'forbidden-caller': forbiddenCaller,
  'stale-conditional-update': staleConditionalUpdate,
  'upload-too-large': uploadTooLarge,
  'public-rate-limit': publicRateLimit,
  'upstream-bad-gateway': upstreamBadGateway,
  'upstream-unavailable': upstreamUnavailable,
  'upstream-timeout': upstreamTimeout,
  'timeout-per-upstream': timeoutPerUpstream,
  'retry-per-upstream': retryPerUpstream,
  'circuit-breaker-for-external': circuitBreakerForExternal,
  'idempotency-key-for-creates': idempotencyKeyForCreates,
  'dead-letter-for-events': deadLetterForEvents,
  'endpoint-criterion': endpointCriterion,
  'failure-mode-criterion': failureModeCriterion,
  'service-without-input': serviceWithoutInput,
  'service-without-output': serviceWithoutOutput,
  'output-without-consumer': outputWithoutConsumer,
  'input-not-produced-by-source': inputNotProducedBySource,
  'service-without-failure-mode': serviceWithoutFailureMode,
};

/** Every suggestion rule, in the order suggestions are listed (that of `SUGGESTION_RULE_IDS`). */
export const SUGGESTION_RULES: readonly SuggestionRule[] = SUGGESTION_RULE_IDS.map(
  (id) => RULES_BY_ID[id],
);
