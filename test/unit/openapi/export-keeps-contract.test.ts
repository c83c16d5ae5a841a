import { stringify } from 'yaml';
import { openApiFromDraft, scopingFromOpenApi } from '../../../src/domain';
import { readOpenApi } from '../../../src/resolvers/openapi/read-openapi-document';
import { aDraft, aDraftWith, aLargeDraft } from '../../support/draft-builders';
import { redoclyProblems } from '../../support/redocly-lint';

const ok = (description: string, schema?: string) => ({
  description,
  ...(schema
    ? { content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } }
    : {}),
});

/** One API of every security style, a 204, query and header parameters and an error body. */
const document = {
  openapi: '3.0.3',
  info: { title: 'Shop', version: '1' },
  servers: [{ url: 'https://api.shop.example/v2' }],
  security: [{ oauth: ['orders:read'] }],
  tags: [{ name: 'orders', description: 'Takes orders' }],
  paths: {
    '/orders': {
      get: {
        tags: ['orders'],
        operationId: 'listOrders',
        summary: 'List orders',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'X-Request-Id', in: 'header', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '200': ok('The orders', 'OrderList'),
          '400': ok('The query is malformed', 'Error'),
        },
      },
      post: {
        tags: ['orders'],
        operationId: 'createOrder',
        summary: 'Create an order',
        security: [{}, { apiKey: [] }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/NewOrder' } } },
        },
        responses: { '201': ok('Created', 'Order') },
      },
    },
    '/orders/{id}': {
      delete: {
        tags: ['orders'],
        operationId: 'deleteOrder',
        summary: 'Delete an order',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '204': { description: 'Deleted' }, '404': { description: 'No such order' } },
      },
    },
    '/health': {
      get: {
        tags: ['orders'],
        operationId: 'health',
        summary: 'Health check',
        security: [],
        responses: { '200': { description: 'Up' } },
      },
    },
  },
  components: {
    securitySchemes: {
      oauth: {
        type: 'oauth2',
        flows: {
          clientCredentials: {
            tokenUrl: 'https://auth.shop.example/token',
            scopes: { 'orders:read': 'Read orders' },
          },
        },
      },
      apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
    },
    schemas: {
      OrderList: { type: 'array', items: { $ref: '#/components/schemas/Order' } },
      Order: { type: 'object' },
      NewOrder: { type: 'object' },
      Error: { type: 'object' },
    },
  },
};

async function exported(): Promise<Record<string, any>> {
  const { api } = await readOpenApi(stringify(document));
  return openApiFromDraft(aDraftWith(scopingFromOpenApi(api, []).services));
}

describe('the export keeps what the import read', () => {
  it('keeps the servers, and each operation’s security: public, optional and the scheme’s type', async () => {
    const out = await exported();
    expect(out.servers).toEqual([{ url: 'https://api.shop.example/v2' }]);
    expect(out.paths['/health'].get.security).toEqual([]);
    expect(out.paths['/orders'].post.security).toEqual([{}, { apiKey: [] }]);
    expect(out.paths['/orders'].get.security).toEqual([{ oauth: ['orders:read'] }]);
    expect(out.components.securitySchemes).toEqual({
      oauth: document.components.securitySchemes.oauth,
      apiKey: document.components.securitySchemes.apiKey,
    });
  });

  it('keeps operationIds, query, header and path parameters, and bodies by their schema names', async () => {
    const out = await exported();
    const list = out.paths['/orders'].get;
    expect(list.operationId).toBe('listOrders');
    expect(list.parameters).toEqual([
      { name: 'limit', in: 'query', required: false, schema: { type: 'integer' } },
      { name: 'X-Request-Id', in: 'header', required: true, schema: { type: 'string' } },
    ]);
    expect(list.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/OrderList',
    });
    expect(out.paths['/orders'].post.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/NewOrder' } } },
    });
    expect(out.paths['/orders/{id}'].delete.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });

  it('gives error responses their named body, else problem details, and a 204 no body', async () => {
    const out = await exported();
    expect(out.paths['/orders'].get.responses['400'].content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/Error' } },
    });
    const remove = out.paths['/orders/{id}'].delete.responses;
    expect(remove['204']).not.toHaveProperty('content');
    expect(remove['404'].content).toEqual({
      'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
    });
  });

  it('drops a path parameter the team’s edited path no longer names, and adds the one it does', async () => {
    const { api } = await readOpenApi(stringify(document));
    const services = scopingFromOpenApi(api, []).services.map((service) => ({
      ...service,
      endpoints: service.endpoints.map((e) =>
        e.path === '/orders/{id}' ? { ...e, path: '/orders/{orderId}' } : e,
      ),
    }));
    const out = openApiFromDraft(aDraftWith(services)) as Record<string, any>;
    expect(out.paths['/orders/{orderId}'].delete.parameters).toEqual([
      { name: 'orderId', in: 'path', required: true, schema: { type: 'string' } },
    ]);
  });

  it.each([
    ['an imported API', exported],
    ['a team’s own draft', () => Promise.resolve(openApiFromDraft(aDraft()))],
    ['a large draft', () => Promise.resolve(openApiFromDraft(aLargeDraft(12)))],
  ])('gives %s no error by Redocly’s recommended rules', async (_, make) => {
    const problems = await redoclyProblems(await make());
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
