import type { Draft } from '../draft/draft-schema';
import type {
  FailSafe,
  FailureMode,
  Service,
  ServiceInput,
  ServiceOutput,
  SuccessCriterion,
} from '../draft/scoping-schema';
import type { SuggestionRuleId } from './suggestion-rule-ids';

/** The four kinds of advice, in the order the UI lists them. */
export const SUGGESTION_CATEGORIES = [
  'failure-mode',
  'fail-safe',
  'success-criterion',
  'gap',
] as const;
export type SuggestionCategory = (typeof SUGGESTION_CATEGORIES)[number];

/**
 * One edit that accepting a suggestion makes. New entries carry an id hint; the id they get is
 * the hint made unique in their list when the suggestion is accepted.
 */
export type SuggestionChange =
  | { kind: 'add-failure-mode'; serviceId: string; idHint: string; value: Omit<FailureMode, 'id'> }
  | { kind: 'add-fail-safe'; serviceId: string; idHint: string; value: Omit<FailSafe, 'id'> }
  | {
      kind: 'add-success-criterion';
      serviceId: string;
      idHint: string;
      value: Omit<SuccessCriterion, 'id'>;
    }
  | { kind: 'add-input'; serviceId: string; idHint: string; value: Omit<ServiceInput, 'id'> }
  | { kind: 'add-output'; serviceId: string; idHint: string; value: Omit<ServiceOutput, 'id'> }
  | { kind: 'set-output-consumers'; serviceId: string; outputId: string; consumers: string[] }
  /** Gives a source service the output an input expects of it, and points the input at it. */
  | {
      kind: 'add-source-output';
      serviceId: string;
      idHint: string;
      value: Omit<ServiceOutput, 'id'>;
      consumerServiceId: string;
      inputId: string;
    }
  | { kind: 'add-open-question'; idHint: string; question: string };

/** What a rule proposes for one service, before it gets its id and the rule's wording. */
export interface RuleSuggestion {
  /** What the suggestion is about, kebab-case and stable: a resource, an endpoint id, …. */
  subject: string;
  /** What accepting adds, in a line: "404 when the order in the path is not found". */
  title: string;
  /** What in the draft made the rule fire: "GET /orders/{id} names an order in its path". */
  because: string;
  changes: SuggestionChange[];
}

/** A suggestion for one service, as the resolver answers it and the UI lists it. */
export interface Suggestion {
  /** Stable within the service (`<rule id>:<subject>`): dismissals are remembered by it. */
  id: string;
  serviceId: string;
  ruleId: SuggestionRuleId;
  category: SuggestionCategory;
  /** The rule's name. */
  rule: string;
  title: string;
  /** The rule's one-line explanation: why a senior engineer would ask for this. */
  why: string;
  because: string;
  changes: SuggestionChange[];
}

/** What a rule sees: the whole draft and the service it advises on. */
export interface SuggestionContext {
  draft: Draft;
  service: Service;
  servicesById: ReadonlyMap<string, Service>;
}

/** A deterministic rule: the same draft always gives the same suggestions, in the same order. */
export interface SuggestionRule {
  id: SuggestionRuleId;
  category: SuggestionCategory;
  name: string;
  why: string;
  suggest(context: SuggestionContext): RuleSuggestion[];
}
