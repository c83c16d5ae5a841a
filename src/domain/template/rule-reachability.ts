import { SPIKE_KINDS, type SpikeKind } from '../draft/discovery-schema';
import { HTTP_METHODS, type HttpMethod } from '../draft/scoping-schema';
import type { PatternScope } from './placeholders';
import {
  DRAFT_PARTS,
  SERVICE_PARTS,
  evaluateRule,
  walkRule,
  type DraftPart,
  type InclusionRule,
  type RuleFacts,
  type ServicePart,
} from './inclusion-rule';

/** Rules are small; this bounds the search below to a few thousand cases. */
export const MAX_RULE_NODES = 40;
/**
 * How deep rules may nest. Stored templates must stay within KVS's object depth (31 levels),
 * and a rule nested past this is no longer something a person can read.
 */
export const MAX_RULE_DEPTH = 6;

function ruleDepth(rule: InclusionRule): number {
  if (rule.when === 'all' || rule.when === 'any') {
    return 1 + Math.max(...rule.rules.map(ruleDepth));
  }
  return rule.when === 'not' ? 1 + ruleDepth(rule.rule) : 1;
}

/** What is wrong with a rule used in `scope`: facts the scope lacks, or no draft could meet it. */
export function ruleProblems(rule: InclusionRule, scope: PatternScope): string[] {
  let nodes = 0;
  const problems: string[] = [];
  walkRule(rule, (inner) => {
    nodes++;
    if (inner.when === 'service-has' && scope === 'feature') {
      problems.push(`"service-has ${inner.part}" needs a per-service item`);
    }
    if (inner.when === 'endpoint-method' && scope !== 'endpoint') {
      problems.push('"endpoint-method" needs a per-endpoint item');
    }
  });
  if (nodes > MAX_RULE_NODES) return [`The rule has ${nodes} parts; at most ${MAX_RULE_NODES}`];
  const depth = ruleDepth(rule);
  if (depth > MAX_RULE_DEPTH) {
    return [`The rule nests ${depth} levels deep; at most ${MAX_RULE_DEPTH}`];
  }
  if (problems.length > 0) return problems;
  return isReachable(rule, scope) ? [] : ['The rule can never include the item (unreachable)'];
}

/**
 * Whether some draft makes `rule` true. Enumerates only the facts the rule mentions, under
 * the facts every such draft shares: an item per service implies the draft has services, an
 * item per endpoint implies its service has endpoints, unresolved questions are questions.
 */
export function isReachable(rule: InclusionRule, scope: PatternScope): boolean {
  const draftParts = new Set<DraftPart>();
  const serviceParts = new Set<ServicePart>();
  let mentionsSpike = false;
  let mentionsMethod = false;
  walkRule(rule, (inner) => {
    if (inner.when === 'draft-has') draftParts.add(inner.part);
    if (inner.when === 'service-has') serviceParts.add(inner.part);
    if (inner.when === 'spike') mentionsSpike = true;
    if (inner.when === 'endpoint-method') mentionsMethod = true;
  });
  const spikeKinds: readonly SpikeKind[] = mentionsSpike ? SPIKE_KINDS : ['none'];
  const methods: readonly (HttpMethod | undefined)[] = mentionsMethod ? HTTP_METHODS : [undefined];
  // Facts the scope fixes are not free to vary.
  if (scope !== 'feature') draftParts.delete('services');
  if (scope === 'endpoint') serviceParts.delete('endpoints');
  // Unresolved questions are questions: vary both so the implication can hold.
  if (draftParts.has('unresolvedQuestions')) draftParts.add('openQuestions');
  const free = [
    ...[...draftParts].map((part) => ({ kind: 'draft' as const, part })),
    ...[...serviceParts].map((part) => ({ kind: 'service' as const, part })),
  ];

  for (let bits = 0; bits < 2 ** free.length; bits++) {
    const draft = Object.fromEntries(DRAFT_PARTS.map((p) => [p, false])) as Record<
      DraftPart,
      boolean
    >;
    const service = Object.fromEntries(SERVICE_PARTS.map((p) => [p, false])) as Record<
      ServicePart,
      boolean
    >;
    draft.services = scope !== 'feature';
    service.endpoints = scope === 'endpoint';
    free.forEach((fact, bit) => {
      const value = (bits & (1 << bit)) !== 0;
      if (fact.kind === 'draft') draft[fact.part] = value;
      else service[fact.part] = value;
    });
    if (draft.unresolvedQuestions && !draft.openQuestions) continue;
    for (const spikeKind of spikeKinds) {
      for (const endpointMethod of methods) {
        const facts: RuleFacts = {
          spikeKind,
          draft,
          ...(scope === 'feature' ? {} : { service }),
          ...(endpointMethod === undefined ? {} : { endpointMethod }),
        };
        if (evaluateRule(rule, facts)) return true;
      }
    }
  }
  return false;
}
