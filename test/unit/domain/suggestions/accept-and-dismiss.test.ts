import {
  DRAFT_LIMITS,
  acceptSuggestion,
  dismissSuggestion,
  suggest,
  type Service,
} from '../../../../src/domain';
import {
  aDraftWith,
  aFailureMode,
  anEndpoint,
  anOutput,
  aService,
} from '../../../support/draft-builders';
import { accepted } from '../../../support/suggestion-helpers';

const orders = (overrides: Partial<Service> = {}) =>
  aDraftWith([
    aService('orders', {
      endpoints: [anEndpoint({ id: 'get-order', method: 'GET', path: '/orders/{id}' })],
      failureModes: [],
      successCriteria: [],
      ...overrides,
    }),
  ]);

describe('acceptSuggestion', () => {
  it('adds the suggested entry as an ordinary, editable part of the draft', () => {
    const after = accepted(orders(), 'orders', 'path-parameter-not-found:order');
    expect(after.scoping.services[0]?.failureModes).toEqual([
      {
        id: 'order-not-found',
        condition: 'The order named in the path ({id}) is not found',
        status: 404,
        behaviour:
          'Answer 404 with a problem+json body naming the id; answer 404 too when the caller may not see that order',
        retryable: false,
      },
    ]);
  });

  it('gives a new entry an id its list does not use yet', () => {
    const taken = orders({
      failureModes: [aFailureMode({ id: 'unexpected-fault', condition: 'x', status: 418 })],
    });
    // The team's own entry has the id the suggestion hints at, and answers it.
    expect(suggest(taken).map((s) => s.id)).not.toContain('service-without-failure-mode:service');
    const after = accepted(taken, 'orders', 'path-parameter-not-found:order');
    expect(after.scoping.services[0]?.failureModes.map((m) => m.id)).toEqual([
      'unexpected-fault',
      'order-not-found',
    ]);
  });

  it('changes nothing for a suggestion the draft no longer gets', () => {
    const after = accepted(orders(), 'orders', 'path-parameter-not-found:order');
    expect(acceptSuggestion(after, 'orders', 'path-parameter-not-found:order')).toEqual({
      ok: false,
      message: 'This suggestion no longer applies to the draft.',
    });
    expect(acceptSuggestion(after, 'no-such-service', 'path-parameter-not-found:order').ok).toBe(
      false,
    );
  });

  it('says so when the list it adds to is full', () => {
    const full = orders({
      failureModes: Array.from({ length: DRAFT_LIMITS.failureModes }, (_, i) =>
        aFailureMode({ id: `mode-${String(i)}`, condition: 'The basket is empty', status: 422 }),
      ),
    });
    expect(acceptSuggestion(full, 'orders', 'path-parameter-not-found:order')).toEqual({
      ok: false,
      message: `There is no room for another failure mode: at most ${String(DRAFT_LIMITS.failureModes)}.`,
    });
  });

  it('names the API’s clients as readers of an output of a service with endpoints', () => {
    const draft = orders({ outputs: [anOutput({ id: 'order', name: 'Order', consumers: [] })] });
    const after = accepted(draft, 'orders', 'output-without-consumer:order');
    expect(after.scoping.services[0]?.outputs[0]?.consumers).toEqual(['API clients']);
  });
});

describe('dismissSuggestion', () => {
  it('remembers the dismissal in the draft, with the service', () => {
    const result = dismissSuggestion(orders(), 'orders', 'path-parameter-not-found:order');
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.scoping.services[0]?.dismissedSuggestions).toEqual([
      'path-parameter-not-found:order',
    ]);
    expect(suggest(result.draft).map((s) => s.id)).not.toContain('path-parameter-not-found:order');
  });

  it('forgets dismissals of suggestions the rules no longer make', () => {
    const stale = orders({ dismissedSuggestions: ['endpoint-criterion:removed-endpoint'] });
    const result = dismissSuggestion(stale, 'orders', 'path-parameter-not-found:order');
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.scoping.services[0]?.dismissedSuggestions).toEqual([
      'path-parameter-not-found:order',
    ]);
  });

  it('refuses an id the rules do not make for the service', () => {
    expect(dismissSuggestion(orders(), 'orders', 'made-up:thing').ok).toBe(false);
  });
});
