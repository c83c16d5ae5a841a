import {
  checkReadiness,
  emptyDraft,
  scopingFromOpenApi,
  suggest,
  type Draft,
  type Suggestion,
} from '../../../../src/domain';
import { aDraft, aLargeDraft, builtIn } from '../../../support/draft-builders';
import {
  OPENAPI_EXAMPLES,
  asRead,
  rawExample,
  type OpenApiExample,
} from '../../../support/openapi-examples';
import { acceptEverything, suggestionIds } from '../../../support/suggestion-helpers';

/** What a person reads of each suggestion, and what accepting it adds. */
const readable = (suggestions: Suggestion[]) =>
  suggestions.map(({ serviceId, id, title, because, changes }) => ({
    at: `${serviceId}/${id}`,
    title,
    because,
    changes,
  }));

const imported = {} as Record<OpenApiExample, Draft>;

beforeAll(() => {
  for (const name of OPENAPI_EXAMPLES) {
    const draft = emptyDraft(`Imported ${name}`);
    draft.scoping.services = scopingFromOpenApi(asRead(rawExample(name)), []).services;
    imported[name] = draft;
  }
});

describe('suggest, on the realistic checkout draft', () => {
  const draft = aDraft();

  it('suggests what a senior engineer would still ask for', () => {
    expect(readable(suggest(draft))).toMatchSnapshot();
  });

  it('asks nothing the draft already answers', () => {
    const ids = suggestionIds(draft);
    // "The order is not found" (404) and "already placed" (409) are written down already.
    expect(ids).not.toContain('orders/path-parameter-not-found:order');
    expect(ids).not.toContain('orders/duplicate-create:order');
    // Payments has its Idempotency-Key; its charge endpoint has a criterion.
    expect(ids).not.toContain('payments/idempotency-key-for-creates:creates');
    expect(ids).not.toContain('payments/endpoint-criterion:charge');
    expect(suggest(draft).filter((s) => s.category === 'gap')).toEqual([]);
  });

  it('asks for what is missing: dead letters for events, checks of failure modes, body errors', () => {
    const ids = suggestionIds(draft);
    expect(ids).toEqual(
      expect.arrayContaining([
        'notifications/dead-letter-for-events:order-placed',
        'orders/dead-letter-for-events:payment',
        'notifications/failure-mode-criterion:mail-down',
        'orders/endpoint-criterion:get-order',
        'orders/malformed-request-body:body',
        'orders/invalid-request-body:body',
        'payments/duplicate-create:payment',
      ]),
    );
  });
});

describe('suggest, on a large chain of services', () => {
  it('suggests the same for each service of the same shape', () => {
    const draft = aLargeDraft(3);
    const perService = draft.scoping.services.map((service) =>
      suggest(draft, service.id).map((s) => s.ruleId),
    );
    // The first service has no upstream, so no dead-letter suggestion.
    expect(perService[1]).toEqual(perService[2]);
    expect(perService[1]?.filter((id) => id !== 'dead-letter-for-events')).toEqual(perService[0]);
    expect(perService[1]).toContain('dead-letter-for-events');
    expect(readable(suggest(draft, 'service-2'))).toMatchSnapshot();
  });
});

describe('suggest, on drafts imported from the OpenAPI examples', () => {
  it.each(OPENAPI_EXAMPLES)('%s: matches the snapshot', (name) => {
    expect(readable(suggest(imported[name]))).toMatchSnapshot();
  });

  it('petstore: 404 for the pet in the path, body errors and a key for POST /pets', () => {
    const ids = suggestionIds(imported.petstore);
    // The import keeps the `default` response as a 500 failure mode, which wants a criterion.
    expect(ids).toEqual([
      'pets/path-parameter-not-found:pet',
      'pets/malformed-request-body:body',
      'pets/invalid-request-body:body',
      'pets/duplicate-create:pet',
      'pets/idempotency-key-for-creates:creates',
      'pets/failure-mode-criterion:500-any-other-error-client-or-server-unexpected-error',
      'pets/output-without-consumer:pets',
      'pets/output-without-consumer:pet',
    ]);
  });

  it('link-example: one 404 per resource the paths name, read from the parameter or the collection', () => {
    const notFound = suggest(imported['link-example']).filter(
      (s) => s.ruleId === 'path-parameter-not-found',
    );
    // Without tags the import groups operations by their first path segment after the version.
    expect(notFound.map((s) => `${s.serviceId}: ${s.title}`)).toEqual([
      'users: 404 when the user in the path is not found',
      'repositories: 404 when the user in the path is not found',
      'repositories: 404 when the repository in the path is not found',
      'repositories: 404 when the pullrequest in the path is not found',
    ]);
  });

  it('api-with-examples: inputs for a service whose endpoints declare none', () => {
    const [service] = imported['api-with-examples'].scoping.services;
    expect(service?.inputs).toEqual([]);
    expect(suggestionIds(imported['api-with-examples'])).toContain(
      `${service?.id ?? ''}/service-without-input:endpoints`,
    );
  });

  it.each(OPENAPI_EXAMPLES)(
    '%s: accepting everything leaves no service without failure modes, criteria, inputs or outputs',
    (name) => {
      const { draft } = acceptEverything(imported[name]);
      const serviceGaps = checkReadiness(draft, builtIn('backend-service-breakdown')).filter((f) =>
        /^service-without-/.test(f.ruleId),
      );
      expect(serviceGaps).toEqual([]);
    },
  );
});
