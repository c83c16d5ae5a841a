/** The active fault rules and the decision of what they do to one request. */
import { faultRuleSchema, type FaultDecision, type FaultRule, type FaultState } from './fault-rule';

function pathMatches(pattern: string, path: string, template: string | undefined): boolean {
  if (pattern.includes('{')) return pattern === template;
  const prefix = pattern.endsWith('/') ? pattern : `${pattern}/`;
  return path === pattern || path.startsWith(prefix);
}

export class FaultBook {
  private rules: FaultState[] = [];
  private nextId = 1;

  /** Adds a rule (validated; throws a ZodError when malformed) and returns its id. */
  add(rule: FaultRule): string {
    const parsed = faultRuleSchema.parse(rule);
    const id = `fault-${this.nextId++}`;
    this.rules.push({ id, rule: parsed, matched: 0, applied: 0 });
    return id;
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultState[] {
    return this.rules.map((r) => ({ ...r, rule: { ...r.rule } }));
  }

  /** What the rules do to this request; counts it against every rule it matches. */
  decide(method: string, path: string, template: string | undefined): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, dropResponse: false };
    for (const state of this.rules) {
      const { rule } = state;
      if (rule.times !== undefined && state.applied >= rule.times) continue;
      if (
        rule.match?.method !== undefined &&
        rule.match.method.toUpperCase() !== method.toUpperCase()
      )
        continue;
      if (rule.match?.path !== undefined && !pathMatches(rule.match.path, path, template)) continue;
      state.matched++;
      if (rule.every !== undefined && state.matched % rule.every !== 0) continue;
      state.applied++;
      decision.latencyMs += rule.latencyMs ?? 0;
      if (rule.status !== undefined && decision.status === undefined) {
        decision.status = {
          code: rule.status,
          ...(rule.retryAfterSeconds !== undefined
            ? { retryAfterSeconds: rule.retryAfterSeconds }
            : {}),
          ...(rule.rateLimitReason !== undefined ? { rateLimitReason: rule.rateLimitReason } : {}),
        };
      }
      if (rule.dropResponse === true) decision.dropResponse = true;
    }
    if (decision.status !== undefined) decision.dropResponse = false;
    return decision;
  }
}
