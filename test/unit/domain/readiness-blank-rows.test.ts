import {
  READINESS_RULES,
  checkReadiness,
  type Draft,
  type ReadinessRuleId,
} from '../../../src/domain';
import {
  aCriterion,
  aDraftWith,
  aFailSafe,
  aFailureMode,
  anEndpoint,
  anInput,
  anOutput,
  aQuestion,
  aScenario,
  aService,
  aStakeholder,
  builtIn,
  withoutBlockers,
} from '../../support/draft-builders';

const template = builtIn('backend-service-breakdown');

/** The findings of one rule, as `severity path: message`, under a template that blocks nothing. */
function findings(draft: Draft, ruleId: ReadinessRuleId): string[] {
  return checkReadiness(draft, withoutBlockers(template))
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${finding.severity} ${finding.path}: ${finding.message}`);
}

const orders = (overrides: Parameters<typeof aService>[1] = {}) =>
  aDraftWith([aService('orders', { name: 'Orders', ...overrides })]);

/** Blank as a person leaves it, or as a paste leaves it: spaces, controls, a bidi override. */
const BLANKS = ['', '   ', '\u0000', '\u202e\t'];

describe('readiness of blank rows', () => {
  it('finds nothing blank in the realistic drafts', () => {
    const ids = READINESS_RULES.filter((rule) => rule.id.startsWith('blank-')).map((r) => r.id);
    const found = checkReadiness(orders(), template).filter((f) => ids.includes(f.ruleId));
    expect(found).toEqual([]);
  });

  it.each(BLANKS)('blocks a scenario without a title (%j)', (title) => {
    expect(
      findings(aDraftWith([], { scenarios: [aScenario({ title })] }), 'blank-scenario-title'),
    ).toEqual(['blocker discovery.scenarios[0].title: Scenario 1 has no title']);
  });

  it('blocks an example with blank parts, pointing at the first of them', () => {
    const scenario = aScenario({
      title: 'Refund',
      examples: [
        { kind: 'given-when-then', given: 'a paid order', when: ' ', then: '' },
        { kind: 'text', text: '\u0000' },
        { kind: 'given-when-then', given: '', when: 'x', then: 'y' },
      ],
    });
    expect(findings(aDraftWith([], { scenarios: [scenario] }), 'blank-example')).toEqual([
      'blocker discovery.scenarios[0].examples[0].when: The scenario "Refund", example 1, has no When and Then',
      'blocker discovery.scenarios[0].examples[1].text: The scenario "Refund", example 2, is empty',
      'blocker discovery.scenarios[0].examples[2].given: The scenario "Refund", example 3, has no Given',
    ]);
  });

  it.each(BLANKS)('blocks an open question left blank (%j)', (question) => {
    expect(
      findings(
        aDraftWith([], { openQuestions: [aQuestion(), aQuestion({ id: 'q2', question })] }),
        'blank-question',
      ),
    ).toEqual(['blocker discovery.openQuestions[1].question: Open question 2 is empty']);
  });

  it('warns that a stakeholder without a name is left out', () => {
    const stakeholders = [aStakeholder({ name: ' ' })];
    expect(findings(aDraftWith([], { stakeholders }), 'blank-stakeholder-name')).toEqual([
      'warning discovery.stakeholders[0].name: Stakeholder 1 has no name and is left out of the epic',
    ]);
  });

  it('blocks a service that does not say what it is for', () => {
    expect(findings(orders({ primaryFunction: '  ' }), 'blank-primary-function')).toEqual([
      'blocker scoping.services[0].primaryFunction: "Orders" does not say what it is for (primary function)',
    ]);
  });

  it.each(BLANKS)('blocks an input without a name (%j)', (name) => {
    expect(
      findings(orders({ inputs: [anInput(), anInput({ id: 'i2', name })] }), 'blank-input-name'),
    ).toEqual(['blocker scoping.services[0].inputs[1].name: Input 2 of "Orders" has no name']);
  });

  it.each(BLANKS)('blocks an output without a name (%j)', (name) => {
    expect(findings(orders({ outputs: [anOutput({ name })] }), 'blank-output-name')).toEqual([
      'blocker scoping.services[0].outputs[0].name: Output 1 of "Orders" has no name',
    ]);
  });

  it('warns about a blank consumer, which is left out', () => {
    expect(
      findings(orders({ outputs: [anOutput({ consumers: ['web', ' '] })] }), 'blank-consumer'),
    ).toEqual([
      'warning scoping.services[0].outputs[0].consumers: Output 1 of "Orders" lists a blank consumer, which is left out',
    ]);
  });

  it.each(BLANKS)('blocks an endpoint without a path (%j)', (path) => {
    expect(findings(orders({ endpoints: [anEndpoint({ path })] }), 'blank-endpoint-path')).toEqual([
      'blocker scoping.services[0].endpoints[0].path: Endpoint 1 (POST) of "Orders" has no path',
    ]);
    // Not reported twice: the slash rule is about paths that say something.
    expect(
      findings(orders({ endpoints: [anEndpoint({ path })] }), 'endpoint-without-path'),
    ).toEqual([]);
  });

  it.each(BLANKS)('blocks a failure mode without a condition (%j)', (condition) => {
    expect(
      findings(orders({ failureModes: [aFailureMode({ condition })] }), 'blank-failure-condition'),
    ).toEqual([
      'blocker scoping.services[0].failureModes[0].condition: Failure mode 1 of "Orders" has no condition',
    ]);
  });

  it.each(BLANKS)('blocks a failure mode without a behaviour (%j)', (behaviour) => {
    expect(
      findings(orders({ failureModes: [aFailureMode({ behaviour })] }), 'blank-failure-behaviour'),
    ).toEqual([
      'blocker scoping.services[0].failureModes[0].behaviour: Failure mode 1 of "Orders" ("The addressed item is not found") does not say what the service does',
    ]);
  });

  it('warns about a fail-safe that does not say how it works', () => {
    expect(
      findings(orders({ failSafes: [aFailSafe({ note: '' })] }), 'blank-fail-safe-note'),
    ).toEqual([
      'warning scoping.services[0].failSafes[0].note: Fail-safe 1 of "Orders" does not say how it works',
    ]);
  });

  it.each(BLANKS)('blocks a blank success criterion (%j)', (statement) => {
    expect(
      findings(orders({ successCriteria: [aCriterion({ statement })] }), 'blank-success-criterion'),
    ).toEqual([
      'blocker scoping.services[0].successCriteria[0].statement: Success criterion 1 of "Orders" is empty',
    ]);
  });

  it('lets a template make the warnings block, but not turn the blank-row blockers off', () => {
    const draft = orders({ inputs: [anInput({ name: '' })], failSafes: [aFailSafe({ note: '' })] });
    const strict = { ...template, readiness: { blockers: ['blank-fail-safe-note' as const] } };
    const severities = (t: typeof template) =>
      checkReadiness(draft, t)
        .filter((f) => f.ruleId.startsWith('blank-'))
        .map((f) => `${f.ruleId} ${f.severity}`);
    expect(severities(withoutBlockers(template))).toEqual([
      'blank-input-name blocker',
      'blank-fail-safe-note warning',
    ]);
    expect(severities(strict)).toEqual([
      'blank-input-name blocker',
      'blank-fail-safe-note blocker',
    ]);
  });
});
