import {
  BUILT_IN_TEMPLATES,
  DEFAULT_TEMPLATE_ID,
  buildPlan,
  type Draft,
  type Plan,
  type Template,
} from '../../../src/domain';
import { adfToText } from '../../support/adf-to-text';
import { SHOP_ISSUE_TYPES, aDraft, anEndpoint, builtIn } from '../../support/draft-builders';

function planOf(draft: Draft, template: Template): Plan {
  const result = buildPlan(draft, template, SHOP_ISSUE_TYPES, { planId: 'p', projectId: '10000' });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.plan;
}

const itemsOf = (plan: Plan, serviceId: string) =>
  plan.items.filter((item) => item.localId.startsWith(`service:${serviceId}/`));

const descriptionOf = (plan: Plan, localId: string) =>
  adfToText(plan.items.find((item) => item.localId === localId)!.fields.description);

describe('BUILT_IN_TEMPLATES', () => {
  it('offers the three built-in templates, the backend breakdown first as the default', () => {
    expect(BUILT_IN_TEMPLATES.map((template) => template.id)).toEqual([
      DEFAULT_TEMPLATE_ID,
      'endpoint-per-subtask',
      'event-driven-service',
    ]);
  });
});

describe('built-in template backend-service-breakdown', () => {
  const template = builtIn('backend-service-breakdown');

  it('gives each service sub-tasks for its contract, error handling and validation', () => {
    const items = itemsOf(planOf(aDraft(), template), 'orders');
    expect(items.map((item) => [item.fields.summary, item.role])).toEqual([
      ['Define the inputs, outputs and endpoints of Orders', 'subtask'],
      ['Handle the failures of Orders', 'subtask'],
      ['Validate Orders against its success criteria', 'subtask'],
    ]);
  });

  it('explains each HTTP status the error-handling sub-task must answer', () => {
    expect(descriptionOf(planOf(aDraft(), template), 'service:orders/errors')).toContain(
      '**409 Conflict**: The request conflicts with the current state',
    );
  });

  it('lists where each input comes from in the contract sub-task', () => {
    expect(descriptionOf(planOf(aDraft(), template), 'service:orders/contract')).toContain(
      '**Captured payment** from Payments (PaymentCaptured); format: `JSON event`',
    );
  });
});

describe('built-in template endpoint-per-subtask', () => {
  const template = builtIn('endpoint-per-subtask');

  it('creates one sub-task per endpoint, identified by the endpoint id', () => {
    const items = itemsOf(planOf(aDraft(), template), 'orders');
    expect(items.map((item) => [item.localId, item.fields.summary])).toEqual([
      ['service:orders/endpoint:create-order', 'POST /orders: Place an order'],
      ['service:orders/endpoint:get-order', 'GET /orders/{id}: Read an order'],
    ]);
  });

  it('shows the endpoint in a code block with the criteria tied to it', () => {
    expect(
      descriptionOf(planOf(aDraft(), template), 'service:orders/endpoint:create-order'),
    ).toContain('### What\n```http\nPOST /orders\n```\nPlace an order\n### Contract (OpenAPI)');
    expect(
      descriptionOf(planOf(aDraft(), template), 'service:orders/endpoint:create-order'),
    ).toMatch(/### Done when\n\[ \] POST \/orders answers 201 within 300 ms at p95$/);
  });

  it('keeps the other endpoint ids when an endpoint is added', () => {
    const draft = aDraft();
    draft.scoping.services[1]!.endpoints.unshift(
      anEndpoint({ id: 'cancel', method: 'DELETE', path: '/orders/{id}' }),
    );
    const ids = itemsOf(planOf(draft, template), 'orders').map((item) => item.localId);
    expect(ids).toEqual([
      'service:orders/endpoint:cancel',
      'service:orders/endpoint:create-order',
      'service:orders/endpoint:get-order',
    ]);
  });
});

describe('built-in template event-driven-service', () => {
  const template = builtIn('event-driven-service');

  it('calls inputs consumed events and outputs published events', () => {
    const text = descriptionOf(planOf(aDraft(), template), 'service:orders');
    expect(text).toContain('### Consumed events');
    expect(text).toContain('### Published events');
  });

  it('includes poison messages and redelivery among the failure modes', () => {
    const text = descriptionOf(planOf(aDraft(), template), 'service:orders/poison-messages');
    expect(text).toContain(
      '| Poison message: an event that cannot be parsed or always fails processing | — |',
    );
    expect(text).toContain(
      '| Redelivery of an event that was already processed (at-least-once delivery) | — |',
    );
  });

  it('gives a consumer and a publisher sub-task only to services that consume and publish', () => {
    const draft = aDraft();
    const payments = draft.scoping.services.find((service) => service.id === 'payments')!;
    payments.outputs = [];
    const keys = itemsOf(
      planOf(draft, { ...template, readiness: { blockers: [] } }),
      'payments',
    ).map((item) => item.source.kind === 'service-item' && item.source.itemKey);
    expect(keys).toEqual(['event-contract', 'consumer', 'poison-messages', 'validation']);
  });
});
