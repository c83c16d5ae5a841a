import { evaluateRule, isReachable, type InclusionRule, type RuleFacts } from '../../../src/domain';

const facts = (overrides: Partial<RuleFacts> = {}): RuleFacts => ({
  spikeKind: 'none',
  draft: {
    services: true,
    stakeholders: false,
    scenarios: false,
    openQuestions: false,
    unresolvedQuestions: false,
  },
  ...overrides,
});

const service = {
  inputs: true,
  outputs: false,
  endpoints: true,
  failureModes: false,
  failSafes: false,
  successCriteria: true,
  dependencies: false,
  dependents: false,
};

describe('evaluateRule', () => {
  it('includes an item when the spike is of a listed kind', () => {
    const rule: InclusionRule = { when: 'spike', kinds: ['prototype', 'openapi-sketch'] };
    expect([
      evaluateRule(rule, facts({ spikeKind: 'prototype' })),
      evaluateRule(rule, facts()),
    ]).toEqual([true, false]);
  });

  it('asks the service about its parts', () => {
    const rule: InclusionRule = { when: 'service-has', part: 'failureModes' };
    expect(evaluateRule(rule, facts({ service: { ...service, failureModes: true } }))).toBe(true);
    expect(evaluateRule(rule, facts({ service }))).toBe(false);
  });

  it('treats a service fact as false outside a service', () => {
    expect(evaluateRule({ when: 'service-has', part: 'inputs' }, facts())).toBe(false);
  });

  it('matches endpoint methods', () => {
    const rule: InclusionRule = { when: 'endpoint-method', methods: ['POST', 'PUT'] };
    expect(evaluateRule(rule, facts({ service, endpointMethod: 'PUT' }))).toBe(true);
    expect(evaluateRule(rule, facts({ service, endpointMethod: 'GET' }))).toBe(false);
  });

  it('combines rules with all, any and not', () => {
    const rule: InclusionRule = {
      when: 'all',
      rules: [
        { when: 'service-has', part: 'inputs' },
        { when: 'not', rule: { when: 'any', rules: [{ when: 'service-has', part: 'outputs' }] } },
      ],
    };
    expect(evaluateRule(rule, facts({ service }))).toBe(true);
  });
});

describe('isReachable', () => {
  it('finds a draft for an ordinary rule', () => {
    expect(isReachable({ when: 'service-has', part: 'endpoints' }, 'service')).toBe(true);
  });

  it('knows a rule and its negation can never hold together', () => {
    const part = { when: 'draft-has', part: 'scenarios' } as const;
    expect(
      isReachable({ when: 'all', rules: [part, { when: 'not', rule: part }] }, 'feature'),
    ).toBe(false);
  });

  it('knows the spike has one kind at a time', () => {
    const rule: InclusionRule = {
      when: 'all',
      rules: [
        { when: 'spike', kinds: ['prototype'] },
        { when: 'spike', kinds: ['openapi-sketch'] },
      ],
    };
    expect(isReachable(rule, 'feature')).toBe(false);
  });

  it('knows an item per endpoint only exists for services with endpoints', () => {
    const rule: InclusionRule = { when: 'not', rule: { when: 'service-has', part: 'endpoints' } };
    expect(isReachable(rule, 'endpoint')).toBe(false);
    expect(isReachable(rule, 'service')).toBe(true);
  });

  it('knows an item per service only exists when the draft has services', () => {
    expect(
      isReachable({ when: 'not', rule: { when: 'draft-has', part: 'services' } }, 'service'),
    ).toBe(false);
  });

  it('knows unresolved questions are questions', () => {
    const rule: InclusionRule = {
      when: 'all',
      rules: [
        { when: 'draft-has', part: 'unresolvedQuestions' },
        { when: 'not', rule: { when: 'draft-has', part: 'openQuestions' } },
      ],
    };
    expect(isReachable(rule, 'feature')).toBe(false);
    expect(isReachable({ when: 'draft-has', part: 'unresolvedQuestions' }, 'feature')).toBe(true);
  });

  it('knows an endpoint has one method', () => {
    const rule: InclusionRule = {
      when: 'all',
      rules: [
        { when: 'endpoint-method', methods: ['GET'] },
        { when: 'endpoint-method', methods: ['POST'] },
      ],
    };
    expect(isReachable(rule, 'endpoint')).toBe(false);
  });
});
