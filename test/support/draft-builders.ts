/**
 * Builders of realistic drafts for tests. Every builder returns a fresh object, valid against
 * `draftSchema`, and takes overrides for the parts a test cares about.
 */
import {
  BUILT_IN_TEMPLATES,
  DRAFT_SCHEMA_VERSION,
  templateSchema,
  type Draft,
  type Endpoint,
  type FailSafe,
  type FailureMode,
  type IssueTypeInfo,
  type OpenQuestion,
  type Service,
  type ServiceInput,
  type ServiceOutput,
  type Stakeholder,
  type SuccessCriterion,
  type Template,
  type UserScenario,
} from '../../src/domain';

export const anInput = (overrides: Partial<ServiceInput> = {}): ServiceInput => ({
  id: 'checkout-request',
  name: 'Checkout request',
  source: { kind: 'client' },
  format: 'JSON body',
  ...overrides,
});

/** An input fed by another service's output: this is what makes `serviceId` a dependency. */
export const anInputFrom = (
  serviceId: string,
  overrides: Partial<ServiceInput> = {},
): ServiceInput =>
  anInput({
    id: `${serviceId}-feed`,
    name: `Events from ${serviceId}`,
    source: { kind: 'service', serviceId },
    format: 'JSON event',
    ...overrides,
  });

export const anOutput = (overrides: Partial<ServiceOutput> = {}): ServiceOutput => ({
  id: 'result',
  name: 'Result',
  consumers: ['web checkout'],
  ...overrides,
});

export const anEndpoint = (overrides: Partial<Endpoint> = {}): Endpoint => ({
  id: 'create',
  method: 'POST',
  path: '/items',
  summary: 'Create an item',
  ...overrides,
});

export const aFailureMode = (overrides: Partial<FailureMode> = {}): FailureMode => ({
  id: 'not-found',
  condition: 'The addressed item is not found',
  status: 404,
  behaviour: 'Answer with a problem+json body naming the id',
  retryable: false,
  ...overrides,
});

export const aFailSafe = (overrides: Partial<FailSafe> = {}): FailSafe => ({
  id: 'timeout',
  kind: 'timeout',
  note: 'Upstream calls time out after 2 s',
  ...overrides,
});

export const aCriterion = (overrides: Partial<SuccessCriterion> = {}): SuccessCriterion => ({
  id: 'latency',
  statement: 'p95 latency of POST /items stays under 300 ms at 50 requests per second',
  ...overrides,
});

export const aStakeholder = (overrides: Partial<Stakeholder> = {}): Stakeholder => ({
  id: 'pat',
  name: 'Pat Product',
  role: 'product',
  ...overrides,
});

export const aScenario = (overrides: Partial<UserScenario> = {}): UserScenario => ({
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
  ...overrides,
});

export const aQuestion = (overrides: Partial<OpenQuestion> = {}): OpenQuestion => ({
  id: 'provider',
  question: 'Which payment provider handles refunds?',
  resolved: true,
  answer: 'Adyen, through the existing contract',
  ...overrides,
});

/**
 * A service that passes every readiness rule: an input from the client, an output, an
 * endpoint, a failure mode, a fail-safe and a measurable criterion tied to the endpoint.
 */
export function aService(id: string, overrides: Partial<Service> = {}): Service {
  const name = id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return {
    id,
    name,
    primaryFunction: `Owns the ${id} of a checkout`,
    inputs: [anInput()],
    outputs: [anOutput({ id: `${id}-result`, name: `${name} result` })],
    endpoints: [anEndpoint({ path: `/${id}` })],
    failureModes: [aFailureMode()],
    failSafes: [aFailSafe()],
    successCriteria: [aCriterion({ tiedTo: { kind: 'endpoint', id: 'create' } })],
    ...overrides,
  };
}

/** A draft with discovery filled in and the given services (none by default). */
export function aDraftWith(
  services: Service[],
  discovery: Partial<Draft['discovery']> = {},
): Draft {
  return {
    schemaVersion: DRAFT_SCHEMA_VERSION,
    discovery: {
      featureTitle: 'Checkout revamp',
      problem: 'Shoppers abandon checkout because paying takes five screens and often fails.',
      outcome: 'Checkout completion rises from 62% to 75% within one quarter of launch.',
      stakeholders: [aStakeholder(), aStakeholder({ id: 'quinn', name: 'Quinn QA', role: 'qa' })],
      scenarios: [aScenario()],
      openQuestions: [aQuestion()],
      spike: { kind: 'none' },
      ...discovery,
    },
    scoping: { services },
  };
}

/**
 * The realistic checkout draft: "payments" charges cards, "orders" consumes the payments
 * output and "notifications" consumes the orders output (so payments → orders → notifications).
 */
export function aDraft(discovery: Partial<Draft['discovery']> = {}): Draft {
  const payments = aService('payments', {
    name: 'Payments',
    primaryFunction: 'Charges the shopper through the payment provider',
    inputs: [anInput({ id: 'charge-request', name: 'Charge request', format: 'JSON body' })],
    outputs: [anOutput({ id: 'payment-captured', name: 'PaymentCaptured', consumers: ['orders'] })],
    endpoints: [
      anEndpoint({ id: 'charge', method: 'POST', path: '/payments', summary: 'Charge a card' }),
    ],
    failureModes: [
      aFailureMode({
        id: 'card-declined',
        condition: 'The card is declined by the provider',
        status: 422,
        behaviour: 'Answer with the decline reason; do not retry',
      }),
      aFailureMode({
        id: 'provider-down',
        condition: 'The payment provider is unavailable',
        status: 503,
        behaviour: 'Answer with Retry-After: 30',
        retryable: true,
      }),
    ],
    failSafes: [
      aFailSafe({
        id: 'idempotency',
        kind: 'idempotency-key',
        note: 'Idempotency-Key header, kept 24 h',
      }),
    ],
    successCriteria: [
      aCriterion({
        id: 'charge-once',
        statement: 'Repeating a charge with the same Idempotency-Key charges the card exactly once',
        tiedTo: { kind: 'endpoint', id: 'charge' },
      }),
    ],
  });
  const orders = aService('orders', {
    name: 'Orders',
    primaryFunction: 'Turns a paid basket into an order',
    inputs: [
      anInput({ id: 'basket', name: 'Basket', format: 'JSON body' }),
      anInputFrom('payments', {
        id: 'payment',
        name: 'Captured payment',
        source: { kind: 'service', serviceId: 'payments', outputId: 'payment-captured' },
      }),
    ],
    outputs: [
      anOutput({
        id: 'order-placed',
        name: 'OrderPlaced',
        consumers: ['notifications', 'warehouse'],
      }),
    ],
    endpoints: [
      anEndpoint({
        id: 'create-order',
        method: 'POST',
        path: '/orders',
        summary: 'Place an order',
      }),
      anEndpoint({
        id: 'get-order',
        method: 'GET',
        path: '/orders/{id}',
        summary: 'Read an order',
      }),
    ],
    failureModes: [
      aFailureMode({ id: 'order-not-found', condition: 'The order is not found', status: 404 }),
      aFailureMode({
        id: 'already-placed',
        condition: 'The basket was already placed as an order',
        status: 409,
        behaviour: 'Answer with the existing order id',
      }),
    ],
    successCriteria: [
      aCriterion({
        id: 'create-latency',
        statement: 'POST /orders answers 201 within 300 ms at p95',
        tiedTo: { kind: 'endpoint', id: 'create-order' },
      }),
      aCriterion({
        id: 'missing-order',
        statement: 'GET /orders/{id} for an unknown id answers 404 with a problem+json body',
        tiedTo: { kind: 'failure-mode', id: 'order-not-found' },
      }),
    ],
  });
  const notifications = aService('notifications', {
    name: 'Notifications',
    primaryFunction: 'Emails the shopper when an order is placed',
    inputs: [anInputFrom('orders', { id: 'order-placed', name: 'OrderPlaced event' })],
    outputs: [anOutput({ id: 'email', name: 'Confirmation email', consumers: ['shopper'] })],
    endpoints: [],
    failureModes: [
      aFailureMode({
        id: 'mail-down',
        condition: 'The mail provider times out',
        status: 504,
        behaviour: 'Retry with backoff, then give up and log',
        retryable: true,
      }),
    ],
    successCriteria: [
      aCriterion({
        id: 'email-sent',
        statement: '99% of confirmation emails are sent within 60 seconds',
      }),
    ],
  });
  return aDraftWith([notifications, orders, payments], discovery);
}

/**
 * A test template that gives every service exactly four sub-tasks (design, build, errors,
 * tests) and no epic-level extras: with `aLargeDraft(n)` a plan has 1 + n + 4n issues.
 */
export const FOUR_ITEM_TEMPLATE: Template = templateSchema.parse({
  id: 'four-items',
  name: 'Four items per service',
  version: 1,
  epic: { summary: '{{feature.title}}', sections: [{ kind: 'feature-goal' }] },
  service: {
    summary: '{{service.name}}: {{service.primaryFunction}}',
    sections: [{ kind: 'service-summary' }, { kind: 'failure-modes' }],
  },
  serviceItems: ['design', 'build', 'errors', 'tests'].map((key) => ({
    key,
    name: key,
    role: 'subtask',
    summary: `${key} of {{service.name}}`,
    sections: [{ kind: 'success-criteria' }],
  })),
  readiness: { blockers: ['dependency-cycle', 'failure-status-not-error'] },
});

/**
 * `nServices` ready services in a chain (service-2 consumes service-1's output, …), so a plan
 * has n − 1 `blocks` links. With `FOUR_ITEM_TEMPLATE`, `aLargeDraft(8)` gives the executor's
 * 41-issue shape: 1 epic + 8 stories + 32 sub-tasks, 7 links, 3 bulk requests.
 */
export function aLargeDraft(
  nServices: number,
  options: { endpointsPerService?: number } = {},
): Draft {
  const endpointsPerService = options.endpointsPerService ?? 1;
  const services = Array.from({ length: nServices }, (_, index) => {
    const id = `service-${index + 1}`;
    const previous = index === 0 ? [] : [anInputFrom(`service-${index}`)];
    return aService(id, {
      name: `Service ${index + 1}`,
      inputs: [anInput(), ...previous],
      outputs: [
        anOutput({ id: `${id}-events`, name: `${id} events`, consumers: [`service-${index + 2}`] }),
      ],
      endpoints: Array.from({ length: endpointsPerService }, (_, e) =>
        anEndpoint({
          id: `endpoint-${e + 1}`,
          path: `/${id}/things/${e + 1}`,
          summary: `Endpoint ${e + 1}`,
        }),
      ),
      successCriteria: [
        aCriterion({ statement: `Service ${index + 1} answers within 200 ms at p95` }),
      ],
    });
  });
  return aDraftWith(services, { featureTitle: `Large feature with ${nServices} services` });
}

/** Issue types of the emulator's SHOP project (company-managed). */
export const SHOP_ISSUE_TYPES: IssueTypeInfo[] = [
  { id: '10000', name: 'Epic', hierarchyLevel: 1, subtask: false },
  { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
  { id: '10002', name: 'Task', hierarchyLevel: 0, subtask: false },
  { id: '10003', name: 'Bug', hierarchyLevel: 0, subtask: false },
  { id: '10004', name: 'Sub-task', hierarchyLevel: -1, subtask: true },
];

/** Issue types of the emulator's TEAM project (team-managed). */
export const TEAM_ISSUE_TYPES: IssueTypeInfo[] = [
  { id: '10010', name: 'Epic', hierarchyLevel: 1, subtask: false },
  { id: '10011', name: 'Task', hierarchyLevel: 0, subtask: false },
  { id: '10012', name: 'Subtask', hierarchyLevel: -1, subtask: true },
];

/** Issue types of the emulator's VENTAS project, whose names are Spanish. */
export const VENTAS_ISSUE_TYPES: IssueTypeInfo[] = [
  { id: '10020', name: 'Épica', hierarchyLevel: 1, subtask: false },
  { id: '10021', name: 'Historia', hierarchyLevel: 0, subtask: false },
  { id: '10022', name: 'Tarea', hierarchyLevel: 0, subtask: false },
  { id: '10023', name: 'Subtarea', hierarchyLevel: -1, subtask: true },
];

/** A built-in template by id; throws for an unknown id so a typo fails the test loudly. */
export function builtIn(id: string): Template {
  const template = BUILT_IN_TEMPLATES.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`No built-in template "${id}"`);
  return template;
}

/** The same template with no readiness rule blocking, to plan drafts that are not ready. */
export function withoutBlockers(template: Template): Template {
  return { ...template, readiness: { blockers: [] } };
}
