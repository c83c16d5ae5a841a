import {
  SUGGESTION_RULES,
  SUGGESTION_RULE_IDS,
  checkReadiness,
  draftSchema,
  statusesImpliedBy,
  suggest,
  type Service,
} from '../../../../src/domain';
import {
  aDraft,
  aDraftWith,
  aFailSafe,
  aFailureMode,
  anEndpoint,
  anInput,
  anInputFrom,
  anOutput,
  aService,
  builtIn,
} from '../../../support/draft-builders';
import {
  acceptEverything,
  accepted,
  suggestionIds,
  theSuggestion,
} from '../../../support/suggestion-helpers';

/** A service with only what a test names: no inputs, outputs, failure modes, …. */
const bare = (id: string, overrides: Partial<Service> = {}): Service =>
  aService(id, {
    inputs: [],
    outputs: [],
    endpoints: [],
    failureModes: [],
    failSafes: [],
    successCriteria: [],
    ...overrides,
  });

const ids = (services: Service[], serviceId: string) =>
  suggestionIds(aDraftWith(services), serviceId).map((id) => id.slice(serviceId.length + 1));

const getOrder = anEndpoint({ id: 'get-order', method: 'GET', path: '/orders/{id}' });
const createOrder = anEndpoint({ id: 'create-order', method: 'POST', path: '/orders' });

describe('the suggestion rules', () => {
  it('are listed once each, in the order of their ids, each with a name and a one-line why', () => {
    expect(SUGGESTION_RULES.map((rule) => rule.id)).toEqual([...SUGGESTION_RULE_IDS]);
    for (const rule of SUGGESTION_RULES) {
      expect(rule.name.trim()).not.toBe('');
      expect(rule.why).toMatch(/^[^\n]{20,200}$/);
    }
  });

  it('suggest failure modes whose condition fits their status', () => {
    const draft = aDraftWith([
      bare('orders', {
        authenticated: true,
        publicFacing: true,
        endpoints: [
          getOrder,
          createOrder,
          anEndpoint({ id: 'update', method: 'PATCH', path: '/orders/{id}' }),
          anEndpoint({ id: 'upload', method: 'POST', path: '/orders/{id}/attachments' }),
        ],
        inputs: [
          anInputFrom('stock', { id: 'stock', name: 'Stock level', format: 'JSON response' }),
          anInput({ id: 'fx', name: 'FX rate', source: { kind: 'external', system: 'ECB' } }),
        ],
      }),
      bare('stock', { name: 'Stock' }),
    ]);
    const added = suggest(draft, 'orders').flatMap((s) =>
      s.changes.flatMap((c) => (c.kind === 'add-failure-mode' ? [c.value] : [])),
    );
    expect(added.map((mode) => mode.status).sort()).toEqual(
      [400, 401, 403, 404, 409, 409, 412, 413, 422, 429, 500, 502, 502, 503, 503, 504, 504].sort(),
    );
    // The condition's wording must not contradict the status (a readiness blocker); only the
    // unexpected fault is worded so that no status is implied.
    const unhinted = added.filter((mode) => statusesImpliedBy(mode.condition) === null);
    expect(unhinted.map((mode) => mode.status)).toEqual([500]);
    for (const mode of added) {
      expect(statusesImpliedBy(mode.condition)?.has(mode.status) ?? true).toBe(true);
    }
  });
});

describe('suggestion rule path-parameter-not-found', () => {
  it('suggests 404 once per resource named in a path, with the endpoints that name it', () => {
    const draft = aDraftWith([
      bare('orders', {
        endpoints: [
          getOrder,
          anEndpoint({ id: 'delete-order', method: 'DELETE', path: '/orders/{id}' }),
          anEndpoint({ id: 'get-line', method: 'GET', path: '/orders/{orderId}/lines/{lineId}' }),
        ],
      }),
    ]);
    const notFound = suggest(draft, 'orders').filter(
      (s) => s.ruleId === 'path-parameter-not-found',
    );
    expect(notFound.map((s) => s.id)).toEqual([
      'path-parameter-not-found:order',
      'path-parameter-not-found:line',
    ]);
    expect(notFound[0]?.because).toBe(
      'GET /orders/{id}, DELETE /orders/{id} and GET /orders/{orderId}/lines/{lineId} name an order in the path ({id})',
    );
  });

  it('is answered by a 404 failure mode about the resource', () => {
    const services = [
      bare('orders', {
        endpoints: [getOrder],
        failureModes: [aFailureMode({ condition: 'The order does not exist', status: 404 })],
      }),
    ];
    expect(ids(services, 'orders')).not.toContain('path-parameter-not-found:order');
  });

  it('reads a parameter named like an id even without a collection before it', () => {
    const services = [
      bare('pets', { endpoints: [anEndpoint({ method: 'GET', path: '/{petId}' })] }),
    ];
    expect(ids(services, 'pets')).toContain('path-parameter-not-found:pet');
  });
});

describe('suggestion rules for request bodies', () => {
  it('suggest 400 (malformed) and 422 (invalid) for a service taking a body, once each', () => {
    const services = [
      bare('orders', {
        endpoints: [createOrder, anEndpoint({ id: 'put', method: 'PUT', path: '/x' })],
      }),
    ];
    const offered = ids(services, 'orders');
    expect(offered).toContain('malformed-request-body:body');
    expect(offered).toContain('invalid-request-body:body');
  });

  it('suggest neither for a read-only service', () => {
    const offered = ids([bare('orders', { endpoints: [getOrder] })], 'orders');
    expect(offered.filter((id) => id.includes('request-body'))).toEqual([]);
  });
});

describe('suggestion rule duplicate-create', () => {
  it('suggests 409 for a create to a collection, naming what it creates', () => {
    const draft = aDraftWith([bare('orders', { endpoints: [createOrder] })]);
    expect(theSuggestion(draft, 'orders', 'duplicate-create:order').title).toBe(
      '409 when the order already exists',
    );
  });

  it('does not take an action on one resource for a create', () => {
    const cancel = anEndpoint({ method: 'POST', path: '/orders/{id}/cancel', summary: 'Cancel' });
    expect(ids([bare('orders', { endpoints: [cancel] })], 'orders')).not.toContain(
      'duplicate-create:cancel',
    );
  });
});

describe('suggestion rules for callers', () => {
  const endpoints = [getOrder];

  it('suggest 401 and 403 only when the service is marked as authenticated', () => {
    expect(ids([bare('orders', { endpoints })], 'orders')).not.toContain(
      'unauthenticated-caller:caller',
    );
    const offered = ids([bare('orders', { endpoints, authenticated: true })], 'orders');
    expect(offered).toContain('unauthenticated-caller:caller');
    expect(offered).toContain('forbidden-caller:caller');
  });

  it('suggests 429 only when the service is open to the public', () => {
    expect(ids([bare('orders', { endpoints })], 'orders')).not.toContain(
      'public-rate-limit:caller',
    );
    expect(ids([bare('orders', { endpoints, publicFacing: true })], 'orders')).toContain(
      'public-rate-limit:caller',
    );
  });
});

describe('suggestion rule stale-conditional-update', () => {
  it('suggests 412 for a PUT or PATCH of one resource, not for a create', () => {
    const update = anEndpoint({ id: 'update', method: 'PUT', path: '/orders/{id}' });
    expect(ids([bare('orders', { endpoints: [update] })], 'orders')).toContain(
      'stale-conditional-update:order',
    );
    expect(ids([bare('orders', { endpoints: [createOrder] })], 'orders')).not.toContain(
      'stale-conditional-update:order',
    );
  });
});

describe('suggestion rule upload-too-large', () => {
  it('suggests 413 for an upload endpoint or an upload input', () => {
    const upload = anEndpoint({ method: 'POST', path: '/documents', summary: 'Upload a scan' });
    expect(ids([bare('docs', { endpoints: [upload] })], 'docs')).toContain(
      'upload-too-large:upload',
    );
    const csv = anInput({ format: 'CSV upload' });
    expect(ids([bare('docs', { inputs: [csv] })], 'docs')).toContain('upload-too-large:upload');
    expect(ids([bare('docs', { endpoints: [createOrder] })], 'docs')).not.toContain(
      'upload-too-large:upload',
    );
  });
});

describe('suggestion rules for upstreams', () => {
  const stock = bare('stock', { name: 'Stock' });
  const orders = bare('orders', {
    inputs: [
      anInputFrom('stock', { id: 'levels', name: 'Stock levels', format: 'JSON response' }),
      anInputFrom('stock', { id: 'reservations', name: 'Reservations', format: 'JSON response' }),
      anInput({ id: 'fx', name: 'FX rates', source: { kind: 'external', system: 'ECB' } }),
      anInputFrom('payments', { id: 'paid', name: 'PaymentCaptured', format: 'Kafka event' }),
    ],
  });
  const payments = bare('payments', { name: 'Payments', outputs: [anOutput({ id: 'paid' })] });
  const offered = ids([orders, stock, payments], 'orders');

  it('suggest 502, 503 and 504 once per upstream that is called, service or external', () => {
    for (const rule of ['upstream-bad-gateway', 'upstream-unavailable', 'upstream-timeout']) {
      expect(offered.filter((id) => id.startsWith(`${rule}:`))).toEqual([
        `${rule}:service-stock`,
        `${rule}:external-ecb`,
      ]);
    }
  });

  it('suggest a timeout and a retry per called upstream, a circuit breaker for the external one', () => {
    expect(offered.filter((id) => /^(timeout|retry|circuit)/.test(id))).toEqual([
      'timeout-per-upstream:service-stock',
      'timeout-per-upstream:external-ecb',
      'retry-per-upstream:service-stock',
      'retry-per-upstream:external-ecb',
      'circuit-breaker-for-external:external-ecb',
    ]);
  });

  it('suggests dead-letter handling for an event input, and no 50x for it', () => {
    expect(offered).toContain('dead-letter-for-events:paid');
    expect(offered.filter((id) => id.endsWith('service-payments'))).toEqual([]);
  });

  it('names the upstream and its inputs in the behaviour and the reason', () => {
    const draft = aDraftWith([orders, stock, payments]);
    const unavailable = theSuggestion(draft, 'orders', 'upstream-unavailable:service-stock');
    expect(unavailable.because).toBe(
      'The service takes input from Stock (Stock levels, Reservations)',
    );
    expect(unavailable.changes).toEqual([
      expect.objectContaining({
        kind: 'add-failure-mode',
        value: {
          condition: 'Stock is unavailable',
          status: 503,
          behaviour: 'Answer 503 with Retry-After; do not hold the caller while Stock is down',
          retryable: true,
        },
      }),
    ]);
  });

  it('takes a fail-safe that names the upstream as the answer to it', () => {
    const covered = {
      ...orders,
      failSafes: [aFailSafe({ kind: 'timeout', note: 'ECB calls give up after 800 ms' })],
    };
    const left = ids([covered, stock, payments], 'orders');
    expect(left).not.toContain('timeout-per-upstream:external-ecb');
    expect(left).toContain('timeout-per-upstream:service-stock');
  });
});

describe('suggestion rule idempotency-key-for-creates', () => {
  it('suggests an idempotency key for a service with creates, until it has one', () => {
    expect(ids([bare('orders', { endpoints: [createOrder] })], 'orders')).toContain(
      'idempotency-key-for-creates:creates',
    );
    const keyed = bare('orders', {
      endpoints: [createOrder],
      failSafes: [aFailSafe({ kind: 'idempotency-key', note: 'Idempotency-Key header' })],
    });
    expect(ids([keyed], 'orders')).not.toContain('idempotency-key-for-creates:creates');
  });
});

describe('suggestion rules for success criteria', () => {
  it('suggest one per endpoint with its success status and a latency target to fill in', () => {
    const draft = aDraftWith([
      bare('orders', {
        endpoints: [
          createOrder,
          getOrder,
          anEndpoint({ id: 'del', method: 'DELETE', path: '/orders/{id}' }),
        ],
      }),
    ]);
    const statements = suggest(draft, 'orders').flatMap((s) =>
      s.ruleId === 'endpoint-criterion' && s.changes[0]?.kind === 'add-success-criterion'
        ? [s.changes[0].value.statement]
        : [],
    );
    expect(statements).toEqual([
      'POST /orders answers 201 within ___ ms at p95',
      'GET /orders/{id} answers 200 within ___ ms at p95',
      'DELETE /orders/{id} answers 204 within ___ ms at p95',
    ]);
  });

  it('suggest one per failure mode that no criterion checks, tied to it', () => {
    const draft = accepted(
      aDraftWith([bare('orders', { endpoints: [getOrder] })]),
      'orders',
      'path-parameter-not-found:order',
    );
    const criterion = theSuggestion(draft, 'orders', 'failure-mode-criterion:order-not-found');
    expect(criterion.changes).toEqual([
      {
        kind: 'add-success-criterion',
        serviceId: 'orders',
        idHint: 'order-not-found-checked',
        value: {
          statement:
            'When the order named in the path ({id}) is not found, the answer is 404 Not Found',
          tiedTo: { kind: 'failure-mode', id: 'order-not-found' },
        },
      },
    ]);
  });
});

describe('the criterion suggested for a failure mode', () => {
  it('keeps names and endpoints as written, and reads an imported condition by its endpoint', () => {
    const statements = [
      aFailureMode({ id: 'ecb', condition: 'ECB is unavailable', status: 503 }),
      aFailureMode({ id: 'gone', condition: 'The order is not found.', status: 404 }),
      aFailureMode({ id: 'imported', condition: 'GET /pets/{petId}: Not found', status: 404 }),
    ].map((mode) => {
      const draft = aDraftWith([bare('orders', { failureModes: [mode] })]);
      const change = theSuggestion(draft, 'orders', `failure-mode-criterion:${mode.id}`).changes[0];
      return change?.kind === 'add-success-criterion' ? change.value.statement : '';
    });
    expect(statements).toEqual([
      'When ECB is unavailable, the answer is 503 Service Unavailable',
      'When the order is not found, the answer is 404 Not Found',
      'GET /pets/{petId} answers 404 Not Found when: not found',
    ]);
  });
});

describe('suggestion rules for gaps', () => {
  it('list the services that read an output nobody names as its consumers', () => {
    const payments = bare('payments', { outputs: [anOutput({ id: 'paid', consumers: [] })] });
    const orders = bare('orders', { name: 'Orders', inputs: [anInputFrom('payments')] });
    const draft = aDraftWith([payments, orders]);
    const gap = theSuggestion(draft, 'payments', 'output-without-consumer:paid');
    expect(gap.changes).toEqual([
      {
        kind: 'set-output-consumers',
        serviceId: 'payments',
        outputId: 'paid',
        consumers: ['Orders'],
      },
    ]);
  });

  it('ask who reads an output when no service takes it', () => {
    const draft = aDraftWith([
      bare('payments', { outputs: [anOutput({ id: 'paid', consumers: [] })] }),
    ]);
    const after = accepted(draft, 'payments', 'output-without-consumer:paid');
    expect(after.discovery.openQuestions.at(-1)).toEqual({
      id: 'who-reads-payments-paid',
      question: 'Who reads "Result" from Payments? Name its consumers, or drop it.',
      resolved: false,
      answer: '',
    });
    expect(suggestionIds(after, 'payments')).not.toContain('payments/output-without-consumer:paid');
  });

  it('give the source service the output an input expects of it, and link the input to it', () => {
    const payments = bare('payments', { name: 'Payments' });
    const orders = bare('orders', {
      name: 'Orders',
      inputs: [anInputFrom('payments', { id: 'paid', name: 'Captured payment' })],
    });
    const after = accepted(
      aDraftWith([payments, orders]),
      'orders',
      'input-not-produced-by-source:paid',
    );
    const [newPayments, newOrders] = after.scoping.services;
    expect(newPayments?.outputs).toEqual([
      { id: 'captured-payment', name: 'Captured payment', consumers: ['Orders'] },
    ]);
    expect(newOrders?.inputs[0]?.source).toEqual({
      kind: 'service',
      serviceId: 'payments',
      outputId: 'captured-payment',
    });
  });

  it('flag a service with no failure modes with the unexpected fault', () => {
    expect(ids([bare('orders')], 'orders')).toEqual(['service-without-failure-mode:service']);
  });

  it('find nothing missing in a service that has everything', () => {
    const ready = aDraft();
    expect(suggest(ready).filter((s) => s.category === 'gap')).toEqual([]);
    // Notifications has no endpoint: readiness says so (a warning), and no suggestion invents one.
    expect(
      checkReadiness(ready, builtIn('backend-service-breakdown')).map((f) => f.ruleId),
    ).toEqual(['service-without-endpoint']);
  });

  it('keep every accepted draft valid', () => {
    const { draft } = acceptEverything(
      aDraftWith([bare('orders', { endpoints: [getOrder, createOrder], authenticated: true })]),
    );
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });
});
