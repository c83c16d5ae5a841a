import { validate } from '@readme/openapi-parser';
import { stringify } from 'yaml';
import {
  endpointOpenApiFragment,
  openApiFromDraft,
  scopingFromOpenApi,
  type Draft,
  type Service,
} from '../../../src/domain';
import { readOpenApiDocument } from '../../../src/resolvers/openapi/read-openapi-document';
import { aDraft, aFailureMode, aLargeDraft } from '../../support/draft-builders';

/** What a round trip must keep of a service. */
const essentials = (services: Service[]) =>
  services.map((s) => ({
    name: s.name,
    primaryFunction: s.primaryFunction,
    endpoints: s.endpoints.map((e) => [e.method, e.path, e.summary]),
    failureModes: s.failureModes.map((f) => [f.status, f.condition]).sort(),
  }));

/** The draft with a security pair on Orders and a failure tied to one of its endpoints. */
function securedDraft(): Draft {
  const draft = aDraft({ featureTitle: 'Checkout' });
  const orders = draft.scoping.services.find((s) => s.name === 'Orders');
  orders?.failureModes.push(
    aFailureMode({ id: 'no-token', condition: 'No valid token', status: 401 }),
    aFailureMode({ id: 'not-yours', condition: 'The order is someone else’s', status: 403 }),
    aFailureMode({ id: 'bad-basket', condition: 'POST /orders: The basket is empty', status: 422 }),
  );
  return draft;
}

describe('openApiFromDraft', () => {
  it('gives a document the OpenAPI parser validates, as JSON and as YAML', async () => {
    for (const draft of [securedDraft(), aLargeDraft(12)]) {
      const document = openApiFromDraft(draft);
      await expect(validate(structuredClone(document) as never)).resolves.toMatchObject({
        valid: true,
      });
      await expect(readOpenApiDocument(stringify(document))).resolves.toBeDefined();
      await expect(readOpenApiDocument(JSON.stringify(document))).resolves.toBeDefined();
    }
  });

  it('has a tag per service, with its primary function, and an operation per endpoint', () => {
    const document = openApiFromDraft(securedDraft()) as Record<string, any>;
    expect(document.openapi).toBe('3.1.0');
    expect(document.tags).toEqual([
      { name: 'Notifications', description: 'Emails the shopper when an order is placed' },
      { name: 'Orders', description: 'Turns a paid basket into an order' },
      { name: 'Payments', description: 'Charges the shopper through the payment provider' },
    ]);
    expect(Object.keys(document.paths)).toEqual(['/orders', '/orders/{id}', '/payments']);
    expect(document.paths['/orders/{id}'].get.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });

  it('answers each failure mode with its status and condition, and asks for credentials where 401 and 403 are expected', () => {
    const document = openApiFromDraft(securedDraft()) as Record<string, any>;
    const post = document.paths['/orders'].post;
    const problem = {
      'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
    };
    expect(post.responses['422']).toEqual({ description: 'The basket is empty', content: problem });
    expect(post.responses['404']).toEqual({
      description: 'The order is not found',
      content: problem,
    });
    expect(post.security).toEqual([{ bearerAuth: [] }]);
    expect(document.paths['/orders/{id}'].get.responses['422']).toBeUndefined();
    // Payments never refuses a caller for credentials: public, said so (linters want it stated).
    expect(document.paths['/payments'].post.security).toEqual([]);
    expect(post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Orders_request',
    });
    expect(Object.keys(document.components.schemas.Orders_request.properties)).toEqual([
      'Basket',
      'Captured payment',
    ]);
  });

  it('round-trips: draft → export → import gives the same services, endpoints and failure modes', async () => {
    const draft = securedDraft();
    const read = await readOpenApiDocument(stringify(openApiFromDraft(draft)));
    const { services, warnings } = scopingFromOpenApi(read, []);
    const withEndpoints = draft.scoping.services.filter((s) => s.endpoints.length > 0);
    expect(essentials(services.filter((s) => s.endpoints.length > 0))).toEqual(
      essentials(withEndpoints),
    );
    // A service without endpoints comes back by name and purpose; its failure modes have no
    // operation to answer with in OpenAPI.
    expect(services.map((s) => s.name).sort()).toEqual(['Notifications', 'Orders', 'Payments']);
    expect(warnings).toEqual([]);
  });
});

describe('endpointOpenApiFragment', () => {
  it('is the endpoint’s operation as the full export has it, for its ticket’s code block', () => {
    const draft = securedDraft();
    const orders = draft.scoping.services.find((s) => s.name === 'Orders');
    const create = orders?.endpoints.find((e) => e.method === 'POST');
    if (!orders || !create) throw new Error('the builder changed');
    const full = openApiFromDraft(draft) as Record<string, any>;
    const fragment = endpointOpenApiFragment(orders, create) as Record<string, any>;
    expect(fragment).toEqual({ '/orders': { post: full.paths['/orders'].post } });
    expect(fragment['/orders'].post.responses['422']).toMatchObject({
      description: 'The basket is empty',
    });
  });
});
