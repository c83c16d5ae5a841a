import { checkReadiness } from '../../../../src/domain';
import { aDraftWith, aService, anEndpoint, builtIn } from '../../../support/draft-builders';
import { accepted } from '../../../support/suggestion-helpers';

const template = builtIn('backend-service-breakdown');

describe('readiness rule blank-left-to-fill', () => {
  const draft = aDraftWith([
    aService('orders', {
      name: 'Orders',
      endpoints: [anEndpoint({ id: 'get-order', method: 'GET', path: '/orders/{id}' })],
      successCriteria: [],
    }),
  ]);

  it('warns about the latency target an accepted criterion leaves for the team to fill in', () => {
    const withCriterion = accepted(draft, 'orders', 'endpoint-criterion:get-order');
    const findings = checkReadiness(withCriterion, template).filter(
      (f) => f.ruleId === 'blank-left-to-fill',
    );
    expect(findings).toEqual([
      {
        ruleId: 'blank-left-to-fill',
        severity: 'warning',
        message:
          'The success criterion "GET /orders/{id} answers 200 within ___ ms at p95" of "Orders" has a blank to fill in',
        path: 'scoping.services[0].successCriteria[0].statement',
      },
    ]);
  });

  it('is satisfied once the team writes a number', () => {
    const withCriterion = accepted(draft, 'orders', 'endpoint-criterion:get-order');
    const filled = structuredClone(withCriterion);
    const criterion = filled.scoping.services[0]?.successCriteria[0];
    if (!criterion) throw new Error('the criterion was not added');
    criterion.statement = criterion.statement.replace('___', '250');
    expect(checkReadiness(filled, template).map((f) => f.ruleId)).not.toContain(
      'blank-left-to-fill',
    );
  });
});
