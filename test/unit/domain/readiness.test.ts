import {
  READINESS_RULES,
  READINESS_RULE_IDS,
  buildPlan,
  checkReadiness,
  type Draft,
  type ReadinessRuleId,
} from '../../../src/domain';
import {
  aCriterion,
  aDraft,
  aDraftWith,
  aFailureMode,
  anEndpoint,
  anInputFrom,
  aQuestion,
  aScenario,
  aService,
  builtIn,
  SHOP_ISSUE_TYPES,
} from '../../support/draft-builders';
import { adfToText } from '../../support/adf-to-text';

const template = builtIn('backend-service-breakdown');

/** The findings of one rule, as `path: message`. */
function findings(draft: Draft, ruleId: ReadinessRuleId): string[] {
  return checkReadiness(draft, template)
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${finding.path}: ${finding.message}`);
}

const orders = (overrides: Parameters<typeof aService>[1] = {}) =>
  aDraftWith([aService('orders', { name: 'Orders', ...overrides })]);

describe('checkReadiness', () => {
  it('finds nothing in the realistic checkout draft but the service without endpoints', () => {
    expect(checkReadiness(aDraft(), template)).toEqual([
      {
        ruleId: 'service-without-endpoint',
        severity: 'warning',
        message:
          '"Notifications" has no endpoint, so its contract covers only its inputs and outputs: add the endpoints it serves, or leave it so if it works through events alone',
        path: 'scoping.services[0].endpoints',
      },
    ]);
  });

  it('flags a service without endpoints only for templates whose tickets list endpoints', () => {
    const indexer = aDraftWith([aService('indexer', { name: 'Indexer', endpoints: [] })]);
    const ruled = (id: string) =>
      checkReadiness(indexer, builtIn(id))
        .filter((finding) => finding.ruleId === 'service-without-endpoint')
        .map((finding) => finding.message);
    expect(ruled('backend-service-breakdown')).toEqual([
      '"Indexer" has no endpoint, so its contract covers only its inputs and outputs: add the endpoints it serves, or leave it so if it works through events alone',
    ]);
    expect(ruled('endpoint-per-subtask')).toEqual([
      '"Indexer" has no endpoint, so it gets no endpoint sub-task: add the endpoints it serves, or pick a template for services that only work through events',
    ]);
    // Event-driven services talk through events: none of its items is about endpoints.
    expect(ruled('event-driven-service')).toEqual([]);
  });

  it('words the contract of a service without endpoints by what it has, with no endpoints section', () => {
    const indexer = aDraftWith([aService('indexer', { name: 'Indexer', endpoints: [] })]);
    const built = buildPlan(indexer, template, SHOP_ISSUE_TYPES, { planId: 'p', projectId: '1' });
    if (!built.ok) throw new Error(built.error.message);
    const contract = built.plan.items.find((item) => item.localId === 'service:indexer/contract');
    expect(contract?.fields.summary).toBe('Define the inputs and outputs of Indexer');
    const text = adfToText(contract!.fields.description);
    expect(text).not.toMatch(/endpoint/i);
    expect(text).toContain('Agree on the inputs and outputs below');
  });

  it('names an unnamed service as its card does, and a blank question by its number', () => {
    const draft = aDraftWith([aService('x', { name: ' ' })], {
      openQuestions: [aQuestion({ question: '\u200b', resolved: false })],
    });
    const messages = checkReadiness(draft, template).map((finding) => finding.message);
    expect(messages).toContain('Service 1 has no name');
    expect(messages).toContain('Question 1 is unresolved and no spike is planned to answer it');
    expect(messages.join('\n')).not.toMatch(/#|""/);
  });

  it('has a rule for every rule id, in the order of the ids', () => {
    expect(READINESS_RULES.map((rule) => rule.id)).toEqual([...READINESS_RULE_IDS]);
  });

  it('lets the template decide which findings block', () => {
    const draft = orders({ successCriteria: [aCriterion({ statement: 'It works' })] });
    const blocking = { ...template, readiness: { blockers: ['vague-success-criterion' as const] } };
    expect(checkReadiness(draft, template).map((finding) => finding.severity)).toEqual(['warning']);
    expect(checkReadiness(draft, blocking).map((finding) => finding.severity)).toEqual(['blocker']);
  });
});

describe('readiness rule feature-title-missing', () => {
  it('reports a feature without a title', () => {
    expect(findings(aDraftWith([], { featureTitle: '  ' }), 'feature-title-missing')).toEqual([
      'discovery.featureTitle: The feature has no title',
    ]);
  });
});

describe('readiness rule feature-title-only', () => {
  it('reports the title-only ticket: no problem and no outcome', () => {
    expect(findings(aDraftWith([], { problem: '', outcome: ' ' }), 'feature-title-only')).toEqual([
      'discovery.problem: The feature has a title but no problem or goal: say why this work exists',
      'discovery.outcome: The feature has a title but no intended outcome: say what will be different',
    ]);
  });

  it('reports a missing outcome even when the problem is stated', () => {
    expect(findings(aDraftWith([], { outcome: '' }), 'feature-title-only')).toHaveLength(1);
  });
});

describe('readiness rule outcome-not-measurable', () => {
  it('reports an outcome with nothing to measure', () => {
    expect(
      findings(aDraftWith([], { outcome: 'Shoppers are happier' }), 'outcome-not-measurable'),
    ).toEqual(['discovery.outcome: The intended outcome has no number or bound to measure it by']);
  });
});

describe('readiness rule scenario-without-example', () => {
  it('leaves an unfinished example to blank-example', () => {
    const scenario = aScenario({
      title: 'Refund',
      examples: [
        { kind: 'given-when-then', given: 'a paid order', when: '', then: 'money returns' },
      ],
    });
    expect(findings(aDraftWith([], { scenarios: [scenario] }), 'scenario-without-example')).toEqual(
      [],
    );
  });

  it('reports a scenario without any example (a draft not yet through the schema)', () => {
    const scenario = aScenario({ title: 'Refund', examples: [] });
    expect(findings(aDraftWith([], { scenarios: [scenario] }), 'scenario-without-example')).toEqual(
      [
        'discovery.scenarios[0].examples: "Refund" has no complete example (Given/When/Then or text)',
      ],
    );
  });
});

describe('readiness rule open-questions-without-spike', () => {
  const open = aQuestion({ question: 'Which provider?', resolved: false, answer: '' });

  it('reports an unresolved question when no spike is planned', () => {
    expect(
      findings(aDraftWith([], { openQuestions: [open] }), 'open-questions-without-spike'),
    ).toEqual([
      'discovery.openQuestions[0].resolved: The question "Which provider?" is unresolved and no spike is planned to answer it',
    ]);
  });

  it('accepts unresolved questions when a spike will answer them', () => {
    const draft = aDraftWith([], {
      openQuestions: [open],
      spike: { kind: 'openapi-sketch', timeboxDays: 1, goal: '' },
    });
    expect(findings(draft, 'open-questions-without-spike')).toEqual([]);
  });
});

describe('readiness rule no-services', () => {
  it('reports a draft without services', () => {
    expect(findings(aDraftWith([]), 'no-services')).toEqual([
      'scoping.services: Scoping names no service yet',
    ]);
  });
});

describe('readiness rule service-without-name', () => {
  it('reports a service without a name, by position', () => {
    expect(findings(orders({ name: '' }), 'service-without-name')).toEqual([
      'scoping.services[0].name: Service 1 has no name',
    ]);
  });
});

describe.each([
  ['service-without-input', 'inputs', 'input'],
  ['service-without-output', 'outputs', 'output'],
  ['service-without-failure-mode', 'failureModes', 'failure mode'],
  ['service-without-success-criterion', 'successCriteria', 'success criterion'],
] as const)('readiness rule %s', (ruleId, list, what) => {
  it(`reports a service with no ${what}`, () => {
    expect(findings(orders({ [list]: [] }), ruleId)).toEqual([
      `scoping.services[0].${list}: "Orders" has no ${what}`,
    ]);
  });
});

describe('readiness rule duplicate-service-name', () => {
  it('reports the second of two services named alike', () => {
    const draft = aDraftWith([
      aService('orders', { name: 'Orders' }),
      aService('orders-2', { name: ' orders ' }),
    ]);
    expect(findings(draft, 'duplicate-service-name')).toEqual([
      'scoping.services[1].name: "orders" is named like service 1',
    ]);
  });
});

describe('readiness rule input-from-unknown-service', () => {
  it('reports an input sourced from a service that does not exist', () => {
    const draft = orders({ inputs: [anInputFrom('inventory', { name: 'Stock level' })] });
    expect(findings(draft, 'input-from-unknown-service')).toEqual([
      'scoping.services[0].inputs[0].source: The input "Stock level" of "Orders" comes from a service that is not in the draft ("inventory")',
    ]);
  });
});

describe('readiness rule dependency-cycle', () => {
  it('reports services that depend on each other', () => {
    const draft = aDraftWith([
      aService('orders', { name: 'Orders', inputs: [anInputFrom('payments')] }),
      aService('payments', { name: 'Payments', inputs: [anInputFrom('orders')] }),
    ]);
    expect(findings(draft, 'dependency-cycle')).toEqual([
      'scoping.services[0].inputs: These services depend on each other in a cycle: "Orders" → "Payments" → "Orders"',
    ]);
  });
});

describe('readiness rule endpoint-without-path', () => {
  it('reports an endpoint whose path does not start with a slash', () => {
    expect(
      findings(orders({ endpoints: [anEndpoint({ path: 'orders' })] }), 'endpoint-without-path'),
    ).toEqual([
      'scoping.services[0].endpoints[0].path: "Orders" has a POST endpoint without a path starting with "/"',
    ]);
  });
});

describe('readiness rule failure-status-not-error', () => {
  it('reports a failure mode answering with a success status (a draft not yet through the schema)', () => {
    const draft = orders({
      failureModes: [aFailureMode({ condition: 'Nothing to do', status: 204 })],
    });
    expect(findings(draft, 'failure-status-not-error')).toEqual([
      'scoping.services[0].failureModes[0].status: The failure "Nothing to do" of "Orders" answers 204, which is not an error status',
    ]);
  });
});

describe('readiness rule failure-status-contradicts-condition', () => {
  it('reports "not found" answered with 400', () => {
    const draft = orders({
      failureModes: [aFailureMode({ condition: 'The order is not found', status: 400 })],
    });
    expect(findings(draft, 'failure-status-contradicts-condition')).toEqual([
      'scoping.services[0].failureModes[0].status: The failure "The order is not found" of "Orders" answers 400 Bad Request; its wording suggests 404 Not Found or 410 Gone',
    ]);
  });

  it('accepts a status its condition implies', () => {
    const draft = orders({
      failureModes: [aFailureMode({ condition: 'Too many requests', status: 429 })],
    });
    expect(findings(draft, 'failure-status-contradicts-condition')).toEqual([]);
  });

  it('accepts any error status for a condition whose wording implies none', () => {
    const draft = orders({
      failureModes: [aFailureMode({ condition: 'The ledger is closed', status: 423 })],
    });
    expect(findings(draft, 'failure-status-contradicts-condition')).toEqual([]);
  });
});

describe('readiness rule failure-status-not-in-catalog', () => {
  it('warns about a status clients rarely expect', () => {
    const draft = orders({ failureModes: [aFailureMode({ condition: 'Teapot', status: 418 })] });
    expect(findings(draft, 'failure-status-not-in-catalog')).toHaveLength(1);
  });
});

describe('readiness rule vague-success-criterion', () => {
  it.each(['It works', 'The endpoint is fast'])('reports "%s"', (statement) => {
    expect(
      findings(orders({ successCriteria: [aCriterion({ statement })] }), 'vague-success-criterion'),
    ).toEqual([
      expect.stringMatching(/^scoping\.services\[0\]\.successCriteria\[0\]\.statement: /),
    ]);
  });

  it('leaves a blank criterion to blank-success-criterion', () => {
    const draft = orders({ successCriteria: [aCriterion({ statement: '  ' })] });
    expect(findings(draft, 'vague-success-criterion')).toEqual([]);
  });

  it('accepts a vague word with a measurable bound', () => {
    const draft = orders({
      successCriteria: [aCriterion({ statement: 'Search is fast: p95 under 200 ms' })],
    });
    expect(findings(draft, 'vague-success-criterion')).toEqual([]);
  });
});

describe('readiness rule criterion-tied-to-unknown-target', () => {
  it('reports a criterion tied to an endpoint the service does not have', () => {
    const draft = orders({
      successCriteria: [aCriterion({ tiedTo: { kind: 'endpoint', id: 'delete' } })],
    });
    expect(findings(draft, 'criterion-tied-to-unknown-target')).toEqual([
      'scoping.services[0].successCriteria[0].tiedTo: A success criterion of "Orders" is tied to endpoint "delete", which the service does not have',
    ]);
  });
});
