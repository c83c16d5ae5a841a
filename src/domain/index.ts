/**
 * The breakdown engine: pure, synchronous, free of I/O and of `@forge/*`, so resolvers and
 * the browser UI import the same code.
 */
export * from './plan';
export { formatPath } from './format-path';
export { HUMAN_MESSAGES, humanIssueMessage } from './validation/human-issue-message';

export { DRAFT_LIMITS } from './draft/limits';
export { draftIdSchema, newId, slugify } from './draft/draft-id';
export * from './draft/discovery-schema';
export * from './draft/scoping-schema';
export * from './draft/contract-schema';
export { FAIL_SAFE_LABELS } from './draft/fail-safe-labels';
export { DRAFT_SCHEMA_VERSION, draftSchema, type Draft } from './draft/draft-schema';
export { emptyDraft } from './draft/empty-draft';
export { DraftMigrationError, migrateDraft, type DraftProblem } from './draft/migrate-draft';

export {
  HTTP_STATUS_CATALOG,
  isErrorStatus,
  statusInfo,
  statusLabel,
  type HttpStatusInfo,
} from './http/http-status-catalog';
export { statusesImpliedBy } from './http/status-condition-hints';

export {
  deriveDependencies,
  deriveDependents,
  dependencyLinks,
  type DependencyLink,
  type ServiceDependencies,
} from './dependencies/derive-dependencies';
export {
  buildServiceGraph,
  type GraphCycle,
  type GraphEdge,
  type GraphExternal,
  type GraphService,
  type ServiceGraph,
} from './dependencies/service-graph';
export { describeServiceGraph, type ServiceGraphText } from './dependencies/describe-service-graph';
export { orderServices, type ServiceOrder } from './dependencies/order-services';

export { SUMMARY_MAX_LENGTH, cutSummary, normaliseSummary, summaryFits } from './text/summary';
export { LABEL_MAX_LENGTH, toLabel, toLabels } from './text/label';
export { composeSummary, hasDoubledWord, type SummaryPiece } from './text/compose-summary';
export { cleanLine, cleanText } from './text/clean-text';
export { isBlankText } from './text/is-blank';
export { hasMeasurableTerm, isVagueStatement } from './text/measurable';

export {
  KNOWN_PLACEHOLDERS,
  patternProblems,
  placeholdersIn,
  renderPattern,
  renderPatternPieces,
  type PatternScope,
  type PlaceholderInfo,
} from './template/placeholders';
export {
  DRAFT_PARTS,
  SERVICE_PARTS,
  evaluateRule,
  inclusionRuleSchema,
  type DraftPart,
  type InclusionRule,
  type RuleFacts,
  type ServicePart,
} from './template/inclusion-rule';
export { isReachable, ruleProblems } from './template/rule-reachability';
export {
  DATA_SECTION_KINDS,
  SECTION_SCOPE,
  descriptionSectionSchema,
  type DescriptionSection,
  type SectionKind,
} from './template/description-section';
export {
  extraItemSchema,
  serviceItemSchema,
  templateSchema,
  type ExtraItemTemplate,
  type ServiceItemTemplate,
  type Template,
  type TemplateInput,
} from './template/template-schema';
export {
  validateTemplate,
  type TemplateProblem,
  type TemplateValidation,
} from './template/validate-template';
export { migrateTemplate } from './template/migrate-template';
export {
  assigneeDefaultSchema,
  customFieldDefaultSchema,
  fieldDefaultsSchema,
  type AssigneeDefault,
  type CustomFieldDefault,
  type FieldDefaults,
} from './template/field-defaults';
export {
  fieldDefaultProblems,
  type CreateScreenField,
  type CreateScreens,
} from './template/field-default-problems';
export {
  BUILT_IN_TEMPLATES,
  DEFAULT_TEMPLATE_ID,
  builtInTemplate,
} from './template/built-in-templates';

export { READINESS_RULE_IDS, type ReadinessRuleId } from './readiness/readiness-rule-ids';
export type {
  ReadinessFinding,
  ReadinessRule,
  ReadinessSeverity,
} from './readiness/readiness-rule';
export { READINESS_RULES } from './readiness/readiness-rules';
export { checkReadiness, hasBlocker } from './readiness/check-readiness';

export * from './adf/adf-nodes';
export { DESCRIPTION_MAX_CHARS, fitDescription, type DescriptionPart } from './adf/fit-description';

export { buildPlan, type BuildPlanOptions, type BuildPlanResult } from './planning/build-plan';
export type { BuildPlanError, BuildPlanErrorCode } from './planning/plan-error';
export { BULK_CREATE_MAX, estimatePlan, linkedItemPairs } from './planning/estimate-plan';
export { creationStages } from './planning/creation-stages';
export { planIdOf, planOriginOf, type PlanOrigin } from './planning/plan-id';
export { excludeItems, excludedLocalIds, type PlanExclusion } from './planning/exclude-items';
export { excludedServiceIds, exclusionKey, serviceExclusionKey } from './planning/exclusion-key';
export { diffPlan, type ExistingIssue, type PlanDiff } from './planning/diff-plan';
export { resolveIssueTypes, typesForRole } from './planning/resolve-issue-types';
export { defaultableField, type DefaultableField } from './template/defaultable-field';

export * from './openapi';

export * from './suggestions';
export * from './plan-export';
export * from './fan-out';

export {
  RUN_STATUSES,
  TERMINAL_STATUSES,
  mightUndo,
  runActions,
  runIsFinal,
  runIsGoing,
  runIsResumable,
  undoRefusal,
  type RunAction,
  type RunActionInput,
  type RunStatus,
  type UndoRefusal,
} from './run/run-lifecycle';
