import { orderServices } from '../dependencies/order-services';
import type { Draft } from '../draft/draft-schema';
import type { Template } from '../template/template-schema';
import type { ReadinessFinding } from './readiness-rule';
import { READINESS_RULES } from './readiness-rules';

/**
 * Runs every readiness rule over the draft. The template decides severity: rules it lists
 * as blockers stop plan creation, and so do the rules that always block (blank rows); every
 * other finding is a warning.
 */
export function checkReadiness(draft: Draft, template: Template): ReadinessFinding[] {
  const blockers = new Set<string>(template.readiness.blockers);
  const context = { order: orderServices(draft), template };
  return READINESS_RULES.flatMap((rule) =>
    rule.check(draft, context).map((hit) => ({
      ruleId: rule.id,
      severity:
        rule.blocksAlways === true || blockers.has(rule.id)
          ? ('blocker' as const)
          : ('warning' as const),
      message: hit.message,
      path: hit.path,
    })),
  );
}

/** Whether any finding stops creation. */
export function hasBlocker(findings: readonly ReadinessFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'blocker');
}
