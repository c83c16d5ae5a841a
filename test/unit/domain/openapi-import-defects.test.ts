/**
 * Each defect the issue "OpenAPI in and out" found in the import, pinned by a test named after it.
 */
import {
  DRAFT_LIMITS,
  draftBytesWithoutServices,
  draftSchema,
  emptyDraft,
  mergeImportedServices,
  scopingFromOpenApi,
  type Service,
} from '../../../src/domain';
import { aService } from '../../support/draft-builders';
import { documentWith, getting } from '../../support/openapi-documents';
import { asRead } from '../../support/openapi-examples';

const json = (schema: unknown) => ({ 'application/json': { schema } });
const ok = { '200': { description: 'OK' } };
const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const importOf = (raw: object) => scopingFromOpenApi(asRead(raw), []);
const statuses = (service: Service | undefined) => service?.failureModes.map((f) => f.status);

describe('the OpenAPI import, defect by defect', () => {
  describe('security requirements give 401 and 403 failure modes', () => {
    const secured = documentWith(
      {
        '/orders': { get: { operationId: 'listOrders', responses: ok } },
        '/health': { get: { operationId: 'health', security: [], responses: ok } },
        '/catalog': { get: { operationId: 'catalog', security: [{}, { key: [] }], responses: ok } },
      },
      {
        security: [{ key: [] }],
        components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
      },
    );

    it('adds 401 and 403 to an operation under the document’s security requirement', () => {
      const [orders] = importOf(secured).services;
      expect(orders?.failureModes.map((f) => [f.status, f.condition])).toEqual([
        [401, 'the caller presents no credentials, or invalid ones'],
        [403, 'the credentials lack the scope or permission this operation needs'],
      ]);
    });

    it('adds none to an operation that opts out with security: [] or makes it optional with {}', () => {
      const { services } = importOf(secured);
      expect(services.map((s) => [s.name, statuses(s)])).toEqual([
        ['orders', [401, 403]],
        ['health', []],
        ['catalog', []],
      ]);
    });

    it('keeps an operation’s own 401 rather than adding a second', () => {
      const raw = documentWith(
        {
          '/orders': {
            get: {
              security: [{ key: [] }],
              responses: { ...ok, '401': { description: 'The API key is missing' } },
            },
          },
        },
        { components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'K' } } } },
      );
      const [orders] = importOf(raw).services;
      expect(orders?.failureModes.map((f) => [f.status, f.condition])).toEqual([
        [401, 'The API key is missing'],
        [403, 'the credentials lack the scope or permission this operation needs'],
      ]);
    });
  });

  describe('outputs and inputs keep their schema’s name', () => {
    const components = {
      schemas: {
        Category: {
          type: 'object',
          properties: {
            parent: schemaRef('Category'),
            children: { type: 'array', items: schemaRef('Category') },
          },
        },
        CardPayment: { type: 'object', properties: { card: { type: 'string' } } },
        WalletPayment: { type: 'object', properties: { wallet: { type: 'string' } } },
        Order: { type: 'object' },
      },
    };

    it('names a circular schema after its component, not after the operation', () => {
      const [service] = importOf(
        documentWith(
          { '/categories/{id}': getting(schemaRef('Category'), { operationId: 'getCategory' }) },
          { components },
        ),
      ).services;
      expect(service?.outputs.map((o) => o.name)).toEqual(['Category']);
    });

    it('names a oneOf "A | B" and an allOf after its named part', () => {
      const raw = documentWith(
        {
          '/orders/{id}/pay': {
            post: {
              operationId: 'payOrder',
              requestBody: {
                content: json({ oneOf: [schemaRef('CardPayment'), schemaRef('WalletPayment')] }),
              },
              responses: {
                '200': {
                  description: 'Paid',
                  content: json({ allOf: [schemaRef('Order'), { type: 'object' }] }),
                },
              },
            },
          },
        },
        { components },
      );
      const [service] = importOf(raw).services;
      expect(service?.inputs.map((i) => i.format)).toContain(
        'JSON body: CardPayment | WalletPayment (optional)',
      );
      expect(service?.outputs.map((o) => o.name)).toEqual(['Order']);
    });

    it('says whether an input is required, and its format and allowed values', () => {
      const raw = documentWith({
        '/orders': {
          get: {
            parameters: [
              { name: 'sort', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'] } },
              {
                name: 'since',
                in: 'query',
                required: true,
                schema: { type: 'string', format: 'date-time' },
              },
            ],
            responses: ok,
          },
        },
      });
      expect(importOf(raw).services[0]?.inputs.map((i) => i.format)).toEqual([
        'query parameter: sort (string, one of: asc, desc, optional)',
        'query parameter: since (string, date-time, required)',
      ]);
    });
  });

  it('warns about webhooks and callbacks instead of dropping them silently', () => {
    const raw = {
      ...documentWith({
        '/subscriptions': {
          post: {
            responses: ok,
            callbacks: { onEvent: { '{$request.body#/url}': { post: { responses: ok } } } },
          },
        },
      }),
      openapi: '3.1.0',
      webhooks: { newPet: { post: { responses: ok } } },
    };
    const { warnings } = importOf(raw);
    expect(warnings).toEqual([
      expect.stringMatching(/^POST \/subscriptions: its callbacks \(onEvent\)/),
      expect.stringMatching(/^Webhooks .* not imported as endpoints: newPet\./),
    ]);
  });

  it('falls back to the description’s first sentence when the summary is empty or the operationId', () => {
    const raw = documentWith({
      '/a': {
        get: {
          operationId: 'getA',
          summary: 'getA',
          description: 'Returns **every** A.\n\nPaged.',
          responses: ok,
        },
      },
      '/b': {
        get: { description: 'Lists the [B things](https://x.test/b). Slowly.', responses: ok },
      },
    });
    const endpoints = importOf(raw).services.flatMap((s) => s.endpoints.map((e) => e.summary));
    expect(endpoints).toEqual(['Returns every A.', 'Lists the B things.']);
  });

  it('reduces Markdown to plain text in summaries and conditions', () => {
    const raw = documentWith({
      '/a': {
        get: {
          summary: '# Get `A` _fast_',
          responses: { ...ok, '404': { description: '**No** such [A](#/a): see <em>docs</em>' } },
        },
      },
    });
    const [service] = importOf(raw).services;
    expect(service?.endpoints[0]?.summary).toBe('Get A fast');
    expect(service?.failureModes[0]?.condition).toBe('No such A: see docs');
  });

  it('makes one service of tags that differ only in case, losing no endpoint', () => {
    const raw = documentWith(
      {
        '/a': { get: { tags: ['Orders'], responses: ok } },
        '/b': { get: { tags: ['orders'], responses: ok } },
      },
      { tags: [{ name: 'orders', description: 'Takes orders.' }] },
    );
    const { services } = importOf(raw);
    expect(services.map((s) => [s.name, s.primaryFunction, s.endpoints.length])).toEqual([
      ['orders', 'Takes orders.', 2],
    ]);
  });

  it('makes one service of a tag and an untagged path of the same name, named as the tag', () => {
    const raw = documentWith(
      {
        '/orders': { get: { responses: ok } },
        '/orders/{id}': { get: { tags: ['Orders'], responses: ok } },
      },
      { tags: [{ name: 'Orders', description: 'Takes orders.' }] },
    );
    const { services, groups } = importOf(raw);
    expect(groups).toEqual([{ name: 'Orders', operations: 2 }]);
    expect(services.map((s) => [s.name, s.primaryFunction, s.endpoints.length])).toEqual([
      ['Orders', 'Takes orders.', 2],
    ]);
  });

  it('offers every service with its operation count, and reads those chosen wherever they are', () => {
    const paths = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `/r${String(i)}`,
        { get: { tags: [`tag-${String(i)}`], responses: ok } },
      ]),
    );
    const raw = documentWith(paths);
    const all = importOf(raw);
    expect(all.groups).toHaveLength(40);
    expect(all.services).toHaveLength(DRAFT_LIMITS.services);
    const chosen = scopingFromOpenApi(asRead(raw), [], ['tag-39', 'TAG-30']);
    expect(chosen.services.map((s) => s.name)).toEqual(['tag-30', 'tag-39']);
    expect(chosen.warnings).toEqual([]);
    const tooMany = scopingFromOpenApi(
      asRead(raw),
      [],
      all.groups.map((g) => g.name),
    );
    expect(tooMany.services).toHaveLength(DRAFT_LIMITS.services);
    expect(tooMany.warnings).toContain(
      'A draft holds at most 25 services: of the 40 chosen, 15 were not read: "tag-25", "tag-26", "tag-27", "tag-28", "tag-29", "tag-30", "tag-31", "tag-32", "tag-33", "tag-34" and 5 more.',
    );
  });

  it('names an output from a schema title over 120 characters alike in the output and the success statement', () => {
    const title = `A ${'very '.repeat(40)}long title`;
    const raw = documentWith({ '/long': getting({ title, type: 'object' }) });
    const service = importOf(raw).services[0];
    const output = service?.outputs[0]?.name ?? '';
    expect(output.length).toBeLessThanOrEqual(DRAFT_LIMITS.name);
    expect(service?.successCriteria[0]?.statement).toBe(`GET /long answers 200 with ${output}`);
  });

  it('groups an API without tags by the first meaningful path segment', () => {
    const raw = documentWith({
      '/api/v1/orders': { get: { responses: ok } },
      '/api/v1/orders/{id}': { get: { responses: ok } },
      '/api/v1/customers': { get: { responses: ok } },
      '/{tenant}/invoices': { get: { responses: ok } },
    });
    expect(importOf(raw).services.map((s) => [s.name, s.endpoints.length])).toEqual([
      ['orders', 2],
      ['customers', 1],
      ['invoices', 1],
    ]);
  });

  it('folds the 401/403/429 every operation repeats into one failure mode, keeping each endpoint’s own', () => {
    const shared = {
      '401': { description: 'Unauthorized' },
      '403': { description: 'Forbidden' },
      '429': { description: 'Slow down' },
    };
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 20; i++) {
      paths[`/things/${i}`] = {
        get: {
          tags: ['things'],
          responses: { ...ok, ...shared, '404': { description: `No thing ${i}` } },
        },
      };
    }
    const [things] = importOf(documentWith(paths)).services;
    const conditions = things?.failureModes.map((f) => f.condition) ?? [];
    expect(conditions.filter((c) => !c.includes(': '))).toEqual([
      'Unauthorized',
      'Forbidden',
      'Slow down',
    ]);
    expect(conditions).toHaveLength(3 + 20);
    expect(conditions.filter((c) => c.includes(': No thing'))).toHaveLength(20);
  });

  describe('merging into the draft', () => {
    const bigImport = () => {
      const paths: Record<string, unknown> = {};
      for (let i = 0; i < 120; i++) {
        paths[`/things/${i}`] = {
          get: {
            tags: [`tag-${i % 6}`],
            summary: `Get thing ${i} ${'with words '.repeat(40)}`,
            responses: ok,
          },
        };
      }
      return importOf(documentWith(paths)).services;
    };

    it('skips, by name, services that would make the draft too large to save', () => {
      const draft = emptyDraft('Long discovery');
      draft.discovery.openQuestions = Array.from({ length: 40 }, (_, i) => ({
        id: `q-${i}`,
        question: 'why '.repeat(900),
      })) as never;
      const merge = mergeImportedServices([], bigImport(), draftBytesWithoutServices(draft));
      expect(merge.skippedTooLarge.length).toBeGreaterThan(0);
      expect(merge.draftBytes).toBeLessThanOrEqual(DRAFT_LIMITS.storedBytes);
      const merged = { ...draft, scoping: { services: merge.services } };
      expect(new TextEncoder().encode(JSON.stringify(merged)).length).toBe(merge.draftBytes);
    });

    it('adds everything to an empty draft when it fits', () => {
      const merge = mergeImportedServices([aService('mine')], bigImport(), 0);
      expect(merge.skippedTooLarge).toEqual([]);
      expect(
        draftSchema.safeParse({ ...emptyDraft('x'), scoping: { services: merge.services } })
          .success,
      ).toBe(true);
    });
  });
});
