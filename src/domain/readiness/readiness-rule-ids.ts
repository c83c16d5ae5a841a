/**
 * Every readiness rule, by id. Templates name these to say which rules block creation, so
 * the list lives apart from the rules' code and can be validated against when a template is saved.
 */
export const READINESS_RULE_IDS = [
  'feature-title-missing',
  'feature-title-only',
  'outcome-not-measurable',
  'scenario-without-example',
  'open-questions-without-spike',
  'no-services',
  'service-without-name',
  'service-without-input',
  'service-without-output',
  'service-without-failure-mode',
  'service-without-success-criterion',
  'duplicate-service-name',
  'input-from-unknown-service',
  'dependency-cycle',
  'endpoint-without-path',
  'service-without-endpoint',
  'failure-status-not-error',
  'failure-status-contradicts-condition',
  'failure-status-not-in-catalog',
  'vague-success-criterion',
  'criterion-tied-to-unknown-target',
  'blank-left-to-fill',
  'blank-scenario-title',
  'blank-example',
  'blank-question',
  'blank-stakeholder-name',
  'blank-primary-function',
  'blank-input-name',
  'blank-output-name',
  'blank-consumer',
  'blank-endpoint-path',
  'blank-failure-condition',
  'blank-failure-behaviour',
  'blank-fail-safe-note',
  'blank-success-criterion',
] as const;

export type ReadinessRuleId = (typeof READINESS_RULE_IDS)[number];
