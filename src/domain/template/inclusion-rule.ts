import { z } from 'zod';
import { SPIKE_KINDS, type SpikeKind } from '../draft/discovery-schema';
import { HTTP_METHODS, type HttpMethod } from '../draft/scoping-schema';

export const SERVICE_PARTS = [
  'inputs',
  'outputs',
  'endpoints',
  'failureModes',
  'failSafes',
  'successCriteria',
  'dependencies',
  'dependents',
] as const;
export type ServicePart = (typeof SERVICE_PARTS)[number];

export const DRAFT_PARTS = [
  'services',
  'stakeholders',
  'scenarios',
  'openQuestions',
  'unresolvedQuestions',
] as const;
export type DraftPart = (typeof DRAFT_PARTS)[number];

/**
 * When a template item is created. Rules are data, not code, so a template can be stored,
 * shown and checked for reachability when it is saved.
 */
export type InclusionRule =
  | { when: 'always' }
  | { when: 'spike'; kinds: SpikeKind[] }
  | { when: 'draft-has'; part: DraftPart }
  | { when: 'service-has'; part: ServicePart }
  | { when: 'endpoint-method'; methods: HttpMethod[] }
  | { when: 'all'; rules: InclusionRule[] }
  | { when: 'any'; rules: InclusionRule[] }
  | { when: 'not'; rule: InclusionRule };

const MAX_OPERANDS = 10;

export const inclusionRuleSchema: z.ZodType<InclusionRule> = z.lazy(() =>
  z.discriminatedUnion('when', [
    z.object({ when: z.literal('always') }),
    z.object({ when: z.literal('spike'), kinds: z.array(z.enum(SPIKE_KINDS)).min(1).max(3) }),
    z.object({ when: z.literal('draft-has'), part: z.enum(DRAFT_PARTS) }),
    z.object({ when: z.literal('service-has'), part: z.enum(SERVICE_PARTS) }),
    z.object({
      when: z.literal('endpoint-method'),
      methods: z.array(z.enum(HTTP_METHODS)).min(1).max(HTTP_METHODS.length),
    }),
    z.object({
      when: z.literal('all'),
      rules: z.array(inclusionRuleSchema).min(1).max(MAX_OPERANDS),
    }),
    z.object({
      when: z.literal('any'),
      rules: z.array(inclusionRuleSchema).min(1).max(MAX_OPERANDS),
    }),
    z.object({ when: z.literal('not'), rule: inclusionRuleSchema }),
  ]),
);

/** What a rule can ask about: the draft, and where the item is per service/endpoint, those. */
export interface RuleFacts {
  spikeKind: SpikeKind;
  draft: Readonly<Record<DraftPart, boolean>>;
  service?: Readonly<Record<ServicePart, boolean>>;
  endpointMethod?: HttpMethod;
}

/** Whether `rule` includes the item given `facts`. Facts a scope lacks count as false. */
export function evaluateRule(rule: InclusionRule, facts: RuleFacts): boolean {
  switch (rule.when) {
    case 'always':
      return true;
    case 'spike':
      return rule.kinds.includes(facts.spikeKind);
    case 'draft-has':
      return facts.draft[rule.part];
    case 'service-has':
      return facts.service?.[rule.part] ?? false;
    case 'endpoint-method':
      return facts.endpointMethod !== undefined && rule.methods.includes(facts.endpointMethod);
    case 'all':
      return rule.rules.every((inner) => evaluateRule(inner, facts));
    case 'any':
      return rule.rules.some((inner) => evaluateRule(inner, facts));
    case 'not':
      return !evaluateRule(rule.rule, facts);
  }
}

/** Calls `visit` on `rule` and every rule nested in it. */
export function walkRule(rule: InclusionRule, visit: (rule: InclusionRule) => void): void {
  visit(rule);
  if (rule.when === 'all' || rule.when === 'any')
    rule.rules.forEach((inner) => walkRule(inner, visit));
  if (rule.when === 'not') walkRule(rule.rule, visit);
}
