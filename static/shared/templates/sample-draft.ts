import { DRAFT_SCHEMA_VERSION, draftSchema, type Draft } from '../../../src/domain';

const service = (id: string, name: string, consumes: string | null, feeds: string[]) => ({
  id,
  name,
  primaryFunction: `Handles the ${id} of a checkout`,
  inputs: [
    consumes
      ? {
          id: `${consumes}-feed`,
          name: `Events from ${consumes}`,
          source: { kind: 'service', serviceId: consumes },
          format: 'JSON event',
        }
      : {
          id: 'checkout-request',
          name: 'Checkout request',
          source: { kind: 'client' },
          format: 'JSON body',
        },
  ],
  outputs: [{ id: `${id}-result`, name: `${name} result`, consumers: feeds }],
  endpoints: [{ id: 'create', method: 'POST', path: `/${id}`, summary: `Create ${id}` }],
  failureModes: [
    {
      id: 'not-found',
      condition: 'The addressed item is not found',
      status: 404,
      behaviour: 'Answer with a problem+json body naming the id',
      retryable: false,
    },
  ],
  failSafes: [{ id: 'timeout', kind: 'timeout', note: 'Upstream calls time out after 2 s' }],
  successCriteria: [
    {
      id: 'latency',
      statement: `p95 latency of POST /${id} stays under 300 ms at 50 requests per second`,
      tiedTo: { kind: 'endpoint', id: 'create' },
    },
  ],
});

/** The sample feature the template preview breaks down: two services, one feeding the other. */
export const SAMPLE_DRAFT: Draft = draftSchema.parse({
  schemaVersion: DRAFT_SCHEMA_VERSION,
  discovery: {
    featureTitle: 'Checkout revamp',
    problem: 'Shoppers abandon checkout because paying takes five screens and often fails.',
    outcome: 'Checkout completion rises from 62% to 75% within one quarter of launch.',
    stakeholders: [{ id: 'pat', name: 'Pat Product', role: 'product' }],
    scenarios: [
      {
        id: 'pay-by-card',
        title: 'Shopper pays by card',
        examples: [
          {
            kind: 'given-when-then',
            given: 'a basket of 2 items worth 30 EUR',
            when: 'the shopper pays with a valid card',
            then: 'the order is confirmed within 3 seconds',
          },
        ],
      },
    ],
    openQuestions: [],
    spike: { kind: 'none' },
  },
  scoping: {
    services: [
      service('payments', 'Payments', null, ['orders']),
      service('orders', 'Orders', 'payments', ['web checkout']),
    ],
  },
});
