import fc from 'fast-check';
import {
  DRAFT_LIMITS,
  draftSchema,
  emptyDraft,
  mergeImportedServices,
  scopingFromOpenApi,
  type OpenApiDocument,
  type Service,
} from '../../../src/domain';
import { draftArb } from '../../support/draft-arbitraries';
import { aService } from '../../support/draft-builders';
import {
  OPENAPI_EXAMPLES,
  asRead,
  rawExample,
  type OpenApiExample,
} from '../../support/openapi-examples';

const examples = {} as Record<OpenApiExample, OpenApiDocument>;

beforeAll(() => {
  for (const name of OPENAPI_EXAMPLES) examples[name] = asRead(rawExample(name));
});

function draftWith(services: Service[]) {
  const draft = emptyDraft('Imported');
  draft.scoping.services = services;
  return draft;
}

/** The petstore with the error responses a real API documents, added to GET /pets/{petId}. */
function petstoreWithErrors(): OpenApiDocument {
  const raw = rawExample('petstore');
  const errorBody = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
  Object.assign(raw.paths['/pets/{petId}'].get.responses, {
    '404': { description: 'No pet has this id', content: errorBody },
    '429': { description: 'Too many lookups' },
    '501': { description: 'Lookups are switched off' },
    '503': { description: 'The pet database is down', content: errorBody },
  });
  return asRead(raw);
}

/** A document with `count` operations, all tagged `tag` unless it is undefined. */
function manyOperations(count: number, tag: (index: number) => string | undefined) {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const t = tag(i);
    paths[`/things/${i}`] = {
      get: {
        operationId: `getThing${i}`,
        summary: `Get thing ${i}`,
        ...(t === undefined ? {} : { tags: [t] }),
        responses: { '200': { description: 'OK' } },
      },
    };
  }
  return { openapi: '3.0.3', info: { title: 'Things', version: '1' }, paths };
}

describe('scopingFromOpenApi', () => {
  it('makes one service per tag, named after the tag', () => {
    const { services } = scopingFromOpenApi(examples.petstore, []);
    expect(services.map((s) => [s.id, s.name])).toEqual([['pets', 'pets']]);
  });

  it('puts untagged operations in one service named after the API title', () => {
    const { services } = scopingFromOpenApi(examples['api-with-examples'], []);
    expect(services.map((s) => s.name)).toEqual(['Simple API overview']);
  });

  it('keeps tagged and untagged operations apart, grouping by the first tag only', () => {
    const raw = manyOperations(3, (i) => [undefined, 'orders', 'billing'][i]);
    (raw.paths['/things/2'] as any).get.tags = ['billing', 'orders'];
    const { services } = scopingFromOpenApi(asRead(raw), []);
    expect(services.map((s) => [s.name, s.endpoints.map((e) => e.path)])).toEqual([
      ['things', ['/things/0']],
      ['orders', ['/things/1']],
      ['billing', ['/things/2']],
    ]);
  });

  it('takes the primary function from the tag description when there is one', () => {
    const raw = rawExample('petstore');
    raw.tags = [{ name: 'pets', description: 'Keeps the  pet\ncatalogue.' }];
    const [pets] = scopingFromOpenApi(asRead(raw), []).services;
    expect(pets?.primaryFunction).toBe('Keeps the pet catalogue.');
  });

  it('otherwise writes the primary function from the operations’ summaries', () => {
    const [pets] = scopingFromOpenApi(examples.petstore, []).services;
    expect(pets?.primaryFunction).toBe(
      'Covers: List all pets; Create a pet; Info for a specific pet.',
    );
  });

  it('makes an endpoint of every operation, with its summary or else its operationId', () => {
    const [pets] = scopingFromOpenApi(examples.petstore, []).services;
    expect(pets?.endpoints.map(({ method, path, summary }) => [method, path, summary])).toEqual([
      ['GET', '/pets', 'List all pets'],
      ['POST', '/pets', 'Create a pet'],
      ['GET', '/pets/{petId}', 'Info for a specific pet'],
    ]);
    const [links] = scopingFromOpenApi(examples['link-example'], []).services;
    expect(links?.endpoints[0]).toMatchObject({
      method: 'GET',
      path: '/2.0/users/{username}',
      summary: 'getUserByName',
    });
  });

  it('makes client inputs of the parameters and the request body, once each', () => {
    const [pets] = scopingFromOpenApi(examples.petstore, []).services;
    expect(pets?.inputs.map(({ name, source, format }) => [name, source, format])).toEqual([
      ['limit', { kind: 'client' }, 'query parameter: limit (integer, int32, optional)'],
      ['Pet', { kind: 'client' }, 'JSON body: Pet (required)'],
      ['petId', { kind: 'client' }, 'path parameter: petId (string, required)'],
    ]);
    const [links] = scopingFromOpenApi(examples['link-example'], []).services;
    expect(links?.inputs.filter((i) => i.name === 'username')).toHaveLength(1);
  });

  it('names outputs after the 2xx body schema, or after the operation when it has no name', () => {
    const names = (example: OpenApiExample) =>
      scopingFromOpenApi(examples[example], []).services.flatMap((s) =>
        s.outputs.map((o) => o.name),
      );
    expect(names('petstore')).toEqual(['Pets', 'Pet']);
    expect(names('link-example')).toContain('list of repository');
    expect(names('api-with-examples')).toEqual([
      'listVersionsv2 response',
      'getVersionDetailsv2 response',
    ]);
  });

  it('makes a failure mode of each 4xx and 5xx response, retryable as the catalog says', () => {
    const [pets] = scopingFromOpenApi(petstoreWithErrors(), []).services;
    expect(
      pets?.failureModes.map(({ status, condition, behaviour, retryable }) => [
        status,
        condition,
        behaviour,
        retryable,
      ]),
    ).toEqual([
      [
        500,
        'any other error, client or server (unexpected error)',
        'Respond 500 with Error',
        // `default` covers client errors too: not retried blindly.
        false,
      ],
      [404, 'GET /pets/{petId}: No pet has this id', 'Respond 404 with Error', false],
      [429, 'GET /pets/{petId}: Too many lookups', 'Respond 429', true],
      [501, 'GET /pets/{petId}: Lookups are switched off', 'Respond 501', false],
      [503, 'GET /pets/{petId}: The pet database is down', 'Respond 503 with Error', true],
    ]);
  });

  it('makes one failure mode of a default response that every operation repeats', () => {
    const { services, warnings } = scopingFromOpenApi(examples.petstore, []);
    expect(services[0]?.failureModes.map((f) => [f.status, f.condition])).toEqual([
      [500, 'any other error, client or server (unexpected error)'],
    ]);
    expect(warnings.filter((w) => w.includes('default'))).toEqual([]);
  });

  it('writes a testable success criterion per operation, tied to its endpoint', () => {
    const [pets] = scopingFromOpenApi(examples.petstore, []).services;
    expect(pets?.successCriteria.map((c) => c.statement)).toEqual([
      'GET /pets answers 200 with Pets',
      'POST /pets answers 201',
      'GET /pets/{petId} answers 200 with Pet',
    ]);
    const endpointIds = pets?.endpoints.map((e) => e.id);
    expect(pets?.successCriteria.map((c) => c.tiedTo?.id)).toEqual(endpointIds);
  });

  it('gives services ids that the draft’s services and each other do not use', () => {
    const raw = manyOperations(2, (i) => ['Pets', 'pets!'][i]);
    const existing = [aService('pets')];
    const { services } = scopingFromOpenApi(asRead(raw), existing);
    expect(services.map((s) => s.id)).toEqual(['pets-2', 'pets-3']);
  });

  it('keeps the first 30 endpoints of a larger tag, with a warning, and criteria only for those', () => {
    const { services, warnings } = scopingFromOpenApi(
      asRead(manyOperations(35, () => 'things')),
      [],
    );
    expect(services[0]?.endpoints).toHaveLength(DRAFT_LIMITS.endpoints);
    expect(services[0]?.successCriteria).toHaveLength(DRAFT_LIMITS.endpoints);
    expect(warnings).toContain(
      'Service "things": endpoints: 35 found, a draft holds at most 30; the first 30 were kept.',
    );
    expect(draftSchema.safeParse(draftWith(services)).success).toBe(true);
  });

  it('adds no more services than the draft has room for, with a warning', () => {
    const raw = manyOperations(10, (i) => `tag-${i}`);
    const existing = Array.from({ length: 20 }, (_, i) => aService(`existing-${i}`));
    const { services, warnings } = scopingFromOpenApi(asRead(raw), existing);
    expect(services).toHaveLength(DRAFT_LIMITS.services - 20);
    expect(warnings).toContain(
      'The document has 10 services and a draft holds at most 25 (20 there already): the first 5 were read, and 5 were not ("tag-5", "tag-6", "tag-7", "tag-8", "tag-9"). Choose in the list which to read.',
    );
  });

  it('cuts a text longer than the draft allows, with a warning', () => {
    const raw = manyOperations(1, () => 'things');
    (raw.paths['/things/0'] as any).get.summary = 'word '.repeat(200);
    const { services, warnings } = scopingFromOpenApi(asRead(raw), []);
    expect(services[0]?.endpoints[0]?.summary.length).toBe(DRAFT_LIMITS.line);
    expect(warnings).toContain(
      'Service "things": the summary of GET /things/0 was longer than 500 characters and was cut.',
    );
  });

  it('leaves out the last services when the draft would be too large to store', () => {
    const raw = manyOperations(25 * 30, (i) => `tag-${Math.floor(i / 30)}`);
    for (const item of Object.values(raw.paths)) (item as any).get.summary = 'long '.repeat(99);
    const { services, warnings } = scopingFromOpenApi(asRead(raw), []);
    expect(services.length).toBeGreaterThan(0);
    expect(services.length).toBeLessThan(25);
    expect(warnings.at(-1)).toMatch(/^The draft would be too large to store with every service/);
    expect(draftSchema.safeParse(draftWith(services)).success).toBe(true);
  });

  it.each(OPENAPI_EXAMPLES)(
    'seeds a valid draft with an endpoint per operation from %s',
    (name) => {
      const operations = Object.values(rawExample(name).paths as object).flatMap((item) =>
        Object.keys(item as object),
      );
      const { services } = scopingFromOpenApi(examples[name], []);
      expect(services.flatMap((s) => s.endpoints)).toHaveLength(operations.length);
      expect(draftSchema.safeParse(draftWith(services)).success).toBe(true);
    },
  );

  it('merged into any valid draft, keeps the draft valid', () => {
    fc.assert(
      fc.property(draftArb(5), fc.constantFrom(...OPENAPI_EXAMPLES), (draft, name) => {
        const existing = draft.scoping.services;
        const { services } = scopingFromOpenApi(examples[name], existing);
        const merged = { ...draft, scoping: { services: [...existing, ...services] } };
        const result = draftSchema.safeParse(merged);
        expect(result.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('mergeImportedServices', () => {
  it('updates the draft’s service of the same name, keeping everything the team wrote', () => {
    const ours = aService('pets', {
      name: 'Pets',
      primaryFunction: 'Ours',
      endpoints: [
        { id: 'list', method: 'GET', path: '/pets', summary: 'Old words' },
        { id: 'feed', method: 'POST', path: '/pets/{petId}/feed', summary: 'Typed by hand' },
      ],
      failureModes: [
        {
          id: 'hungry',
          condition: 'The pet is hungry',
          status: 409,
          behaviour: 'Feed',
          retryable: false,
        },
      ],
    });
    const merge = mergeImportedServices([ours], scopingFromOpenApi(examples.petstore, []).services);
    expect(merge.added).toEqual([]);
    expect(merge.updated).toEqual([
      {
        name: 'Pets',
        addedEndpoints: ['POST /pets', 'GET /pets/{petId}'],
        changedEndpoints: ['GET /pets'],
        missingFromDocument: ['POST /pets/{petId}/feed'],
        addedDetails: expect.any(Number),
      },
    ]);
    const [pets] = merge.services;
    expect(pets?.primaryFunction).toBe('Ours');
    expect(pets?.endpoints.map((e) => [e.method, e.path, e.summary])).toEqual([
      ['GET', '/pets', 'List all pets'],
      ['POST', '/pets/{petId}/feed', 'Typed by hand'],
      ['POST', '/pets', 'Create a pet'],
      ['GET', '/pets/{petId}', 'Info for a specific pet'],
    ]);
    expect(pets?.failureModes.map((f) => f.condition)).toEqual([
      'The pet is hungry',
      'any other error, client or server (unexpected error)',
    ]);
    expect(draftSchema.safeParse(draftWith(merge.services)).success).toBe(true);
  });

  it('imports only the services the person chose', () => {
    const imported = scopingFromOpenApi(asRead(manyOperations(3, (i) => `tag-${i}`)), []).services;
    const merge = mergeImportedServices([], imported, 0, ['TAG-1']);
    expect(merge.added).toEqual(['tag-1']);
    expect(merge.notChosen).toEqual(['tag-0', 'tag-2']);
  });

  it('gives an added service an id no service of the draft as edited now uses', () => {
    const unsaved = aService('simple-api-overview', { name: 'Versions' });
    const imported = scopingFromOpenApi(examples['api-with-examples'], []).services;
    const merge = mergeImportedServices([unsaved], imported);
    expect(merge.services.map((s) => s.id)).toEqual([
      'simple-api-overview',
      'simple-api-overview-2',
    ]);
    expect(merge.added).toEqual(['Simple API overview']);
  });

  it('adds no service past the draft’s service limit, and names those left out', () => {
    const full = Array.from({ length: DRAFT_LIMITS.services }, (_, i) => aService(`s-${i}`));
    const merge = mergeImportedServices(full, scopingFromOpenApi(examples.petstore, []).services);
    expect(merge.services).toHaveLength(DRAFT_LIMITS.services);
    expect(merge.skippedNoRoom).toEqual(['pets']);
  });
});
