import fc from 'fast-check';
import {
  HTTP_METHODS,
  acceptSuggestion,
  checkReadiness,
  dismissSuggestion,
  draftSchema,
  hasBlocker,
  restoreDismissed,
  statusesImpliedBy,
  suggest,
  suggestionIdSchema,
  type Draft,
} from '../../../../src/domain';
import { draftArb } from '../../../support/draft-arbitraries';
import { aDraftWith, aService, builtIn } from '../../../support/draft-builders';
import { acceptEverything } from '../../../support/suggestion-helpers';

/** Arbitrary valid drafts, some services marked as authenticated or public. */
const markedDraftArb: fc.Arbitrary<Draft> = draftArb(4).chain((draft) =>
  fc
    .array(fc.record({ authenticated: fc.boolean(), publicFacing: fc.boolean() }), {
      minLength: draft.scoping.services.length,
      maxLength: draft.scoping.services.length,
    })
    .map((marks) => ({
      ...draft,
      scoping: {
        services: draft.scoping.services.map((service, i) => ({ ...service, ...marks[i] })),
      },
    })),
);

/** A drawn suggestion of the draft, when it has any. */
const withSuggestion = markedDraftArb
  .filter((draft) => suggest(draft).length > 0)
  .chain((draft) => fc.nat({ max: suggest(draft).length - 1 }).map((index) => ({ draft, index })));

const PATHS = [
  '/orders',
  '/orders/{id}',
  '/orders/{orderId}/lines/{lineId}',
  '/customers/{customerId}/addresses',
  '/documents/upload',
  '/search',
  '/{tenant}/reports/{year}',
  '',
] as const;

/** Drafts whose services have a name, a primary function and endpoints, and nothing else. */
const endpointsOnlyArb: fc.Arbitrary<Draft> = fc
  .uniqueArray(fc.constantFrom('orders', 'payments', 'catalog', 'users', 'reports'), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            endpoints: fc.uniqueArray(
              fc.record({
                method: fc.constantFrom(...HTTP_METHODS),
                path: fc.constantFrom(...PATHS),
                summary: fc.constantFrom('', 'Create one', 'Upload a file', 'Read it'),
              }),
              { minLength: 1, maxLength: 5, selector: (e) => `${e.method} ${e.path}` },
            ),
            authenticated: fc.boolean(),
            publicFacing: fc.boolean(),
          })
          .map(({ endpoints, ...marks }) =>
            aService(id, {
              ...marks,
              inputs: [],
              outputs: [],
              failureModes: [],
              failSafes: [],
              successCriteria: [],
              endpoints: endpoints.map((e, i) => ({ id: `endpoint-${String(i + 1)}`, ...e })),
            }),
          ),
      ),
    ),
  )
  .map((services) => aDraftWith(services));

describe('suggest (properties)', () => {
  it('gives the same suggestions for the same draft, every time', () => {
    fc.assert(
      fc.property(markedDraftArb, (draft) => {
        expect(suggest(structuredClone(draft))).toEqual(suggest(draft));
      }),
    );
  });

  it('gives suggestion ids that are valid, stable keys and unique within their service', () => {
    fc.assert(
      fc.property(markedDraftArb, (draft) => {
        for (const service of draft.scoping.services) {
          const ids = suggest(draft, service.id).map((s) => s.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(suggestionIdSchema.safeParse(id).success).toBe(true);
        }
      }),
    );
  });

  it('changes nothing in the draft it reads', () => {
    fc.assert(
      fc.property(markedDraftArb, (draft) => {
        const before = structuredClone(draft);
        suggest(draft);
        expect(draft).toEqual(before);
      }),
    );
  });

  it('once a suggestion is accepted, keeps the draft valid and offers that suggestion no more', () => {
    fc.assert(
      fc.property(withSuggestion, ({ draft, index }) => {
        const suggestion = suggest(draft)[index];
        if (!suggestion) throw new Error('drawn index out of range');
        const result = acceptSuggestion(draft, suggestion.serviceId, suggestion.id);
        if (!result.ok) {
          // Only a full list may refuse it, and then the draft is unchanged.
          expect(result.message).toMatch(/no room/);
          return;
        }
        expect(draftSchema.safeParse(result.draft).success).toBe(true);
        expect(suggest(result.draft, suggestion.serviceId).map((s) => s.id)).not.toContain(
          suggestion.id,
        );
      }),
    );
  });

  it('never suggests a failure mode whose wording contradicts its status', () => {
    fc.assert(
      fc.property(markedDraftArb, (draft) => {
        for (const suggestion of suggest(draft)) {
          for (const change of suggestion.changes) {
            if (change.kind !== 'add-failure-mode') continue;
            const implied = statusesImpliedBy(change.value.condition);
            expect(implied === null || implied.has(change.value.status)).toBe(true);
          }
        }
      }),
    );
  });

  it('once a suggestion is dismissed, offers it no more and leaves the others alone', () => {
    fc.assert(
      fc.property(withSuggestion, ({ draft, index }) => {
        const suggestion = suggest(draft)[index];
        if (!suggestion) throw new Error('drawn index out of range');
        const result = dismissSuggestion(draft, suggestion.serviceId, suggestion.id);
        if (!result.ok) throw new Error(result.message);
        expect(draftSchema.safeParse(result.draft).success).toBe(true);
        expect(suggest(result.draft)).toEqual(
          suggest(draft).filter(
            (s) => !(s.serviceId === suggestion.serviceId && s.id === suggestion.id),
          ),
        );
        expect(suggest(restoreDismissed(result.draft, suggestion.serviceId))).toEqual(
          suggest(draft),
        );
      }),
    );
  });

  it('makes a draft with endpoints only ready to break down once every suggestion is accepted', () => {
    const template = builtIn('backend-service-breakdown');
    fc.assert(
      fc.property(endpointsOnlyArb, (draft) => {
        expect(hasBlocker(checkReadiness(draft, template))).toBe(true);
        const { draft: accepted, rounds } = acceptEverything(draft);
        // A blank endpoint path is the one thing no suggestion can know: it stays a blocker.
        const blankPaths = accepted.scoping.services.flatMap((service, s) =>
          service.endpoints.flatMap((endpoint, e) =>
            endpoint.path === '' ? [`scoping.services[${s}].endpoints[${e}].path`] : [],
          ),
        );
        expect(
          checkReadiness(accepted, template)
            .filter((f) => f.severity === 'blocker')
            .map((f) => f.path),
        ).toEqual(blankPaths);
        expect(draftSchema.safeParse(accepted).success).toBe(true);
        expect(rounds).toBeLessThanOrEqual(3);
      }),
    );
  });
});
