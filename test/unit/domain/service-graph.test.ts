import { buildServiceGraph, describeServiceGraph } from '../../../src/domain';
import {
  aDraft,
  aDraftWith,
  anInput,
  anInputFrom,
  anOutput,
  aService,
} from '../../support/draft-builders';

const external = (id: string, system: string) =>
  anInput({ id, name: `${system} feed`, source: { kind: 'external', system } });

describe('buildServiceGraph', () => {
  it('draws an edge from each producer to the service that consumes its output, named by it', () => {
    const graph = buildServiceGraph(aDraft());
    expect(graph.edges).toEqual([
      { producer: 'orders', consumer: 'notifications', reads: expect.any(Array), cycle: false },
      { producer: 'payments', consumer: 'orders', reads: expect.any(Array), cycle: false },
    ]);
    expect(graph.services.map((s) => [s.id, s.index, s.label])).toEqual([
      ['notifications', 0, 'Notifications'],
      ['orders', 1, 'Orders'],
      ['payments', 2, 'Payments'],
    ]);
  });

  it('names what flows by the output the input names, else by the input', () => {
    const draft = aDraftWith([
      aService('payments', { outputs: [anOutput({ id: 'captured', name: 'Payment id' })] }),
      aService('orders', {
        inputs: [
          anInputFrom('payments', {
            id: 'a',
            source: { kind: 'service', serviceId: 'payments', outputId: 'captured' },
          }),
          anInputFrom('payments', { id: 'b', name: 'Refund notice' }),
          anInputFrom('payments', { id: 'c', name: 'Refund notice' }),
        ],
      }),
    ]);
    expect(buildServiceGraph(draft).edges).toEqual([
      {
        producer: 'payments',
        consumer: 'orders',
        reads: ['Payment id', 'Refund notice'],
        cycle: false,
      },
    ]);
  });

  it('marks the services of a cycle and the edges between them, and finds the round', () => {
    const draft = aDraftWith([
      aService('a', { inputs: [anInputFrom('c')] }),
      aService('b', { inputs: [anInputFrom('a')] }),
      aService('c', { inputs: [anInputFrom('b')] }),
      aService('d', { inputs: [anInputFrom('c')] }),
    ]);
    const graph = buildServiceGraph(draft);
    expect(graph.cycles).toEqual([{ members: ['a', 'b', 'c'], path: ['a', 'b', 'c'] }]);
    expect(graph.services.map((s) => s.cycle)).toEqual([0, 0, 0, null]);
    expect(graph.edges.filter((e) => e.cycle).map((e) => `${e.producer}→${e.consumer}`)).toEqual([
      'c→a',
      'a→b',
      'b→c',
    ]);
    expect(graph.edges.find((e) => e.consumer === 'd')?.cycle).toBe(false);
  });

  it('tells two separate cycles apart', () => {
    const draft = aDraftWith([
      aService('a', { inputs: [anInputFrom('b')] }),
      aService('b', { inputs: [anInputFrom('a')] }),
      aService('c', { inputs: [anInputFrom('d')] }),
      aService('d', { inputs: [anInputFrom('c')] }),
    ]);
    const graph = buildServiceGraph(draft);
    expect(graph.services.map((s) => s.cycle)).toEqual([0, 0, 1, 1]);
    // An edge between two services on different cycles is not a cycle edge.
    const bridged = aDraftWith([
      ...draft.scoping.services.slice(0, 3),
      aService('d', { inputs: [anInputFrom('c'), anInputFrom('a', { id: 'x' })] }),
    ]);
    expect(
      buildServiceGraph(bridged).edges.find((e) => e.producer === 'a' && e.consumer === 'd')?.cycle,
    ).toBe(false);
  });

  it('marks the services connected to no other service as isolated', () => {
    const draft = aDraftWith([
      aService('payments'),
      aService('orders', { inputs: [anInputFrom('payments')] }),
      aService('audit', { inputs: [external('ledger', 'Ledger')] }),
    ]);
    expect(buildServiceGraph(draft).services.map((s) => [s.id, s.isolated])).toEqual([
      ['payments', false],
      ['orders', false],
      ['audit', true],
    ]);
  });

  it('draws each external system once, whatever the case of its name, as a producer', () => {
    const draft = aDraftWith([
      aService('orders', { inputs: [external('fx', 'ECB rates ')] }),
      aService('billing', { inputs: [external('fx2', 'ecb Rates'), external('blank', ' ')] }),
    ]);
    const graph = buildServiceGraph(draft);
    expect(graph.externals).toEqual([
      { id: 'external:ecb rates', label: 'ECB rates' },
      { id: 'external:', label: 'Unnamed external system' },
    ]);
    expect(graph.edges.map((e) => [e.producer, e.consumer])).toEqual([
      ['external:ecb rates', 'orders'],
      ['external:ecb rates', 'billing'],
      ['external:', 'billing'],
    ]);
  });

  it('leaves out client inputs and sources naming no service of the draft', () => {
    const draft = aDraftWith([aService('orders', { inputs: [anInput(), anInputFrom('ghost')] })]);
    const graph = buildServiceGraph(draft);
    expect(graph.edges).toEqual([]);
    expect(graph.externals).toEqual([]);
    expect(graph.services[0]?.isolated).toBe(true);
  });

  it('draws no loop for a service naming itself as a source, as the plan links none', () => {
    const draft = aDraftWith([aService('a', { inputs: [anInputFrom('a')] })]);
    const graph = buildServiceGraph(draft);
    expect(graph.edges).toEqual([]);
    expect(graph.cycles).toEqual([]);
    expect(graph.services[0]).toMatchObject({ cycle: null, isolated: true });
  });

  it('tells services that share a name apart, and names unnamed ones as the form does', () => {
    const draft = aDraftWith([
      aService('orders', { name: 'Orders' }),
      aService('orders-2', { name: ' orders' }),
      aService('blank', { name: '  ' }),
    ]);
    expect(buildServiceGraph(draft).services.map((s) => s.label)).toEqual([
      'Orders (service 1)',
      'orders (service 2)',
      'Service 3',
    ]);
  });

  it('keeps the first of services that repeat an id, so each node is drawn once', () => {
    const draft = aDraftWith([aService('orders'), aService('orders', { name: 'Again' })]);
    expect(buildServiceGraph(draft).services.map((s) => s.label)).toEqual(['Orders']);
  });
});

describe('describeServiceGraph', () => {
  it('says who consumes what from whom, and who reads each service', () => {
    const draft = aDraftWith([
      aService('payments', { outputs: [anOutput({ id: 'captured', name: 'Payment id' })] }),
      aService('orders', {
        inputs: [
          anInputFrom('payments', {
            source: { kind: 'service', serviceId: 'payments', outputId: 'captured' },
          }),
          external('fx', 'ECB'),
        ],
      }),
      aService('audit'),
    ]);
    expect(describeServiceGraph(buildServiceGraph(draft))).toEqual({
      services: [
        {
          id: 'payments',
          text: 'Payments consumes nothing from other services or external systems. Orders consumes its outputs.',
        },
        {
          id: 'orders',
          text: 'Orders consumes Payment id from Payments and ECB feed from the external system ECB.',
        },
        {
          id: 'audit',
          text: 'Audit consumes nothing from other services or external systems. It is not connected to any other service.',
        },
      ],
      cycles: [],
    });
  });

  it('writes each cycle as a round of names in the direction outputs flow', () => {
    const draft = aDraftWith([
      aService('orders', { inputs: [anInputFrom('payments')] }),
      aService('payments', { inputs: [anInputFrom('orders')] }),
    ]);
    const text = describeServiceGraph(buildServiceGraph(draft));
    expect(text.cycles).toEqual(['Cycle: Orders → Payments → Orders']);
    expect(text.services[0]?.text).toContain('It is on a dependency cycle.');
  });
});
