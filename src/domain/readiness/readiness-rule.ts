import type { ServiceOrder } from '../dependencies/order-services';
import type { Draft } from '../draft/draft-schema';
import type { Service } from '../draft/scoping-schema';
import type { Template } from '../template/template-schema';
import { isBlankText } from '../text/is-blank';
import type { ReadinessRuleId } from './readiness-rule-ids';

export type ReadinessSeverity = 'blocker' | 'warning';

/** One thing a draft still lacks, pointing at where in the draft to fix it. */
export interface ReadinessFinding {
  ruleId: ReadinessRuleId;
  severity: ReadinessSeverity;
  message: string;
  /** e.g. `scoping.services[2].failureModes[0].status`. */
  path: string;
}

/** A rule's raw finding, before the template decides how severe it is. */
export interface RuleHit {
  message: string;
  path: string;
}

/** Derived facts several rules need, computed once per check. */
export interface ReadinessContext {
  order: ServiceOrder;
  /** The template the draft will be broken down with: some rules ask what its tickets list. */
  template?: Template;
}

export interface ReadinessRule {
  id: ReadinessRuleId;
  /** A short name for the settings page: which gates a template makes blocking. */
  title: string;
  /**
   * Blocks whatever the template says: the finding would put an empty row into a ticket (a
   * nameless input, a failure with no condition), which no team wants created.
   */
  blocksAlways?: true;
  check(draft: Draft, context: ReadinessContext): RuleHit[];
}

/** How findings name a service: its name, or its position while it has none. */
export function serviceLabel(service: Service, index: number): string {
  const name = service.name.trim();
  // As the service card says it ("Service 3").
  return name === '' ? `Service ${index + 1}` : `"${name}"`;
}

export const servicePath = (index: number): string => `scoping.services[${index}]`;

/** Whether text says nothing once cleaned for Jira, as the planner decides it too. */
export const isBlank = isBlankText;
