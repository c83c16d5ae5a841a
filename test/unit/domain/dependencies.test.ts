import { deriveDependencies, orderServices } from '../../../src/domain';
import { aDraft, aDraftWith, anInput, anInputFrom, aService } from '../../support/draft-builders';

describe('deriveDependencies', () => {
  it('makes a service depend on the services its inputs come from', () => {
    expect(deriveDependencies(aDraft())).toEqual([
      { serviceId: 'notifications', dependsOn: ['orders'] },
      { serviceId: 'orders', dependsOn: ['payments'] },
      { serviceId: 'payments', dependsOn: [] },
    ]);
  });

  it('counts a provider once however many inputs it feeds', () => {
    const draft = aDraftWith([
      aService('payments'),
      aService('orders', {
        inputs: [anInputFrom('payments', { id: 'a' }), anInputFrom('payments', { id: 'b' })],
      }),
    ]);
    expect(deriveDependencies(draft)[1]?.dependsOn).toEqual(['payments']);
  });

  it('ignores inputs from services that are not in the draft', () => {
    const draft = aDraftWith([aService('orders', { inputs: [anInputFrom('ghost')] })]);
    expect(deriveDependencies(draft)[0]?.dependsOn).toEqual([]);
  });

  it('ignores inputs from clients and external systems', () => {
    const draft = aDraftWith([
      aService('orders', {
        inputs: [
          anInput(),
          anInput({ id: 'fx', source: { kind: 'external', system: 'ECB rates' } }),
        ],
      }),
    ]);
    expect(deriveDependencies(draft)[0]?.dependsOn).toEqual([]);
  });
});

describe('orderServices', () => {
  it('puts every service after the services it depends on', () => {
    expect(orderServices(aDraft()).order).toEqual(['payments', 'orders', 'notifications']);
  });

  it('keeps the draft order among services that are free to go', () => {
    const draft = aDraftWith([aService('zeta'), aService('alpha'), aService('mid')]);
    expect(orderServices(draft).order).toEqual(['zeta', 'alpha', 'mid']);
  });

  it('reports a dependency cycle instead of throwing, and still orders every service', () => {
    const draft = aDraftWith([
      aService('a', { inputs: [anInputFrom('c')] }),
      aService('b', { inputs: [anInputFrom('a')] }),
      aService('c', { inputs: [anInputFrom('b')] }),
      aService('d'),
    ]);
    expect(orderServices(draft)).toEqual({
      order: ['d', 'a', 'b', 'c'],
      cycles: [['a', 'b', 'c']],
    });
  });

  it('reports each separate cycle', () => {
    const draft = aDraftWith([
      aService('a', { inputs: [anInputFrom('b')] }),
      aService('b', { inputs: [anInputFrom('a')] }),
      aService('c', { inputs: [anInputFrom('d')] }),
      aService('d', { inputs: [anInputFrom('c')] }),
    ]);
    expect(orderServices(draft).cycles).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('does not count a service reading its own output as a cycle', () => {
    const draft = aDraftWith([aService('a', { inputs: [anInputFrom('a')] })]);
    expect(orderServices(draft).cycles).toEqual([]);
  });
});
