import {
  isCreate,
  pathParameterNames,
  resourceParameters,
  singular,
  successStatus,
} from '../../../../src/domain/suggestions/endpoint-facts';
import { anEndpoint } from '../../../support/draft-builders';

describe('what the suggestion rules read from an endpoint', () => {
  it('makes a collection name singular', () => {
    expect(['orders', 'categories', 'addresses', 'boxes', 'status', 'data'].map(singular)).toEqual([
      'order',
      'category',
      'address',
      'box',
      'status',
      'data',
    ]);
  });

  it('reads the resource a path parameter names, from its own name or the collection before it', () => {
    expect(resourceParameters('/orders/{id}')).toEqual([{ name: 'id', resource: 'order' }]);
    expect(resourceParameters('/pets/{petId}')).toEqual([{ name: 'petId', resource: 'pet' }]);
    expect(resourceParameters('/repositories/{username}/{slug}')).toEqual([
      { name: 'username', resource: 'user' },
      { name: 'slug', resource: 'repository' },
    ]);
    expect(resourceParameters('/v2/{order_id}')).toEqual([{ name: 'order_id', resource: 'order' }]);
    expect(resourceParameters('/v2/{id}')).toEqual([{ name: 'id', resource: 'resource' }]);
    // A parameter with no collection before it and a name that identifies nothing is no resource.
    expect(resourceParameters('/{tenant}/health')).toEqual([]);
    expect(pathParameterNames('/{tenant}/reports/{year}')).toEqual(['tenant', 'year']);
  });

  it('takes a POST to a collection, or one whose summary says so, for a create', () => {
    expect(isCreate(anEndpoint({ method: 'POST', path: '/orders', summary: '' }))).toBe(true);
    expect(
      isCreate(anEndpoint({ method: 'POST', path: '/v1/charge', summary: 'Charge a card' })),
    ).toBe(true);
    expect(isCreate(anEndpoint({ method: 'POST', path: '/search', summary: 'Find orders' }))).toBe(
      false,
    );
    expect(isCreate(anEndpoint({ method: 'PUT', path: '/orders', summary: 'Create' }))).toBe(false);
  });

  it('expects 201 from a create, 204 from a DELETE, 200 otherwise', () => {
    const status = (method: 'POST' | 'DELETE' | 'GET', path: string) =>
      successStatus(anEndpoint({ method, path, summary: '' }));
    expect([
      status('POST', '/orders'),
      status('DELETE', '/orders/{id}'),
      status('GET', '/orders'),
    ]).toEqual([201, 204, 200]);
  });
});
