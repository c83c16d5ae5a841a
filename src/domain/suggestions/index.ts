export {
  SUGGESTION_CATEGORIES,
  type Suggestion,
  type SuggestionCategory,
  type SuggestionChange,
  type SuggestionRule,
} from './suggestion';
export { SUGGESTION_RULE_IDS, type SuggestionRuleId } from './suggestion-rule-ids';
export { SUGGESTION_RULES } from './suggestion-rules';
export { allSuggestionsFor, suggest } from './suggest';
export { acceptSuggestion, type AcceptResult } from './accept-suggestion';
export { dismissSuggestion, restoreDismissed, type DismissResult } from './dismiss-suggestion';
export { FILL_IN, lowerFirst } from './wording';
