import type { ReadinessRule } from './readiness-rule';
import { READINESS_RULE_IDS, type ReadinessRuleId } from './readiness-rule-ids';
import { blankLeftToFill } from './rules/blank-rules';
import {
  blankConsumer,
  blankEndpointPath,
  blankExample,
  blankFailSafeNote,
  blankFailureBehaviour,
  blankFailureCondition,
  blankInputName,
  blankOutputName,
  blankPrimaryFunction,
  blankQuestion,
  blankScenarioTitle,
  blankStakeholderName,
  blankSuccessCriterion,
} from './rules/blank-row-rules';
import { criterionTiedToUnknownTarget, vagueSuccessCriterion } from './rules/criteria-rules';
import { dependencyCycle, inputFromUnknownService } from './rules/dependency-rules';
import {
  featureTitleMissing,
  featureTitleOnly,
  openQuestionsWithoutSpike,
  outcomeNotMeasurable,
  scenarioWithoutExample,
} from './rules/discovery-rules';
import {
  failureStatusContradictsCondition,
  failureStatusNotError,
  failureStatusNotInCatalog,
} from './rules/failure-mode-rules';
import {
  duplicateServiceName,
  endpointWithoutPath,
  noServices,
  serviceWithoutFailureMode,
  serviceWithoutInput,
  serviceWithoutEndpoint,
  serviceWithoutName,
  serviceWithoutOutput,
  serviceWithoutSuccessCriterion,
} from './rules/service-rules';

const RULES_BY_ID: Readonly<Record<ReadinessRuleId, ReadinessRule>> = {
  'feature-title-missing': featureTitleMissing,
  'feature-title-only': featureTitleOnly,
  'outcome-not-measurable': outcomeNotMeasurable,
  'scenario-without-example': scenarioWithoutExample,
  'open-questions-without-spike': openQuestionsWithoutSpike,
  'no-services': noServices,
  'service-without-name': serviceWithoutName,
  'service-without-input': serviceWithoutInput,
  'service-without-output': serviceWithoutOutput,
  'service-without-failure-mode': serviceWithoutFailureMode,
  'service-without-success-criterion': serviceWithoutSuccessCriterion,
  'duplicate-service-name': duplicateServiceName,
  'input-from-unknown-service': inputFromUnknownService,
  'dependency-cycle': dependencyCycle,
  'endpoint-without-path': endpointWithoutPath,
  'service-without-endpoint': serviceWithoutEndpoint,
  'failure-status-not-error': failureStatusNotError,
  'failure-status-contradicts-condition': failureStatusContradictsCondition,
  'failure-status-not-in-catalog': failureStatusNotInCatalog,
  'vague-success-criterion': vagueSuccessCriterion,
  'criterion-tied-to-unknown-target': criterionTiedToUnknownTarget,
  'blank-left-to-fill': blankLeftToFill,
  'blank-scenario-title': blankScenarioTitle,
  'blank-example': blankExample,
  'blank-question': blankQuestion,
  'blank-stakeholder-name': blankStakeholderName,
  'blank-primary-function': blankPrimaryFunction,
  'blank-input-name': blankInputName,
  'blank-output-name': blankOutputName,
  'blank-consumer': blankConsumer,
  'blank-endpoint-path': blankEndpointPath,
  'blank-failure-condition': blankFailureCondition,
  'blank-failure-behaviour': blankFailureBehaviour,
  'blank-fail-safe-note': blankFailSafeNote,
  'blank-success-criterion': blankSuccessCriterion,
};

/** Every readiness rule, in the order findings are reported (the order of `READINESS_RULE_IDS`). */
export const READINESS_RULES: readonly ReadinessRule[] = READINESS_RULE_IDS.map(
  (id) => RULES_BY_ID[id],
);
