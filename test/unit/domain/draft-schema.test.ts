import { DRAFT_LIMITS, draftSchema, emptyDraft, newId, slugify } from '../../../src/domain';
import {
  aDraft,
  aDraftWith,
  aFailureMode,
  aLargeDraft,
  aScenario,
  aService,
} from '../../support/draft-builders';

const problemsOf = (value: unknown) => {
  const result = draftSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('draftSchema', () => {
  it('accepts the realistic checkout draft', () => {
    expect(problemsOf(aDraft())).toEqual([]);
  });

  it('accepts an empty draft, so a team can save before writing anything', () => {
    expect(problemsOf(emptyDraft())).toEqual([]);
  });

  it('rejects a failure mode that answers with a 2xx status', () => {
    const draft = aDraftWith([
      aService('orders', { failureModes: [aFailureMode({ status: 200 })] }),
    ]);
    expect(problemsOf(draft)).toEqual([
      'scoping.services.0.failureModes.0.status: A failure mode answers with a 4xx or 5xx status',
    ]);
  });

  it.each([301, 600, 404.5])('rejects failure status %s', (status) => {
    const draft = aDraftWith([aService('orders', { failureModes: [aFailureMode({ status })] })]);
    expect(problemsOf(draft)).toHaveLength(1);
  });

  it('rejects two services with the same id', () => {
    const draft = aDraftWith([aService('orders'), aService('orders', { name: 'Orders v2' })]);
    expect(problemsOf(draft)).toEqual([
      'scoping.services.1.id: Two services share the id "orders"',
    ]);
  });

  it('rejects two endpoints of one service with the same id', () => {
    const endpoints = aService('orders').endpoints;
    const draft = aDraftWith([aService('orders', { endpoints: [...endpoints, ...endpoints] })]);
    expect(problemsOf(draft)).toEqual([
      'scoping.services.0.endpoints.1.id: Two endpoints share the id "create"',
    ]);
  });

  it('rejects an id that is not kebab-case', () => {
    expect(problemsOf(aDraftWith([aService('orders', { id: 'Orders Service' })]))).toHaveLength(1);
  });

  it('rejects a user scenario without an example', () => {
    const draft = aDraftWith([], { scenarios: [aScenario({ examples: [] })] });
    expect(problemsOf(draft)).toEqual([
      'discovery.scenarios.0.examples: A user scenario needs at least one concrete example',
    ]);
  });

  it('rejects a spike without a timebox', () => {
    const draft = aDraftWith([], { spike: { kind: 'prototype', timeboxDays: 0, goal: '' } });
    expect(problemsOf(draft)).toEqual([
      'discovery.spike.timeboxDays: A spike needs a timebox of at least half a day',
    ]);
  });

  // Regression: zod's multipleOf(0.5) tolerates float error, so 5e-324 passed as "half days".
  it.each([5e-324, 0.25, 1.0000001])('rejects a spike timebox of %s days', (timeboxDays) => {
    const draft = aDraftWith([], { spike: { kind: 'prototype', timeboxDays, goal: '' } });
    expect(problemsOf(draft)).toEqual([
      'discovery.spike.timeboxDays: Whole or half days only, e.g. 1.5',
    ]);
  });

  it.each([0.5, 1, 2.5])('accepts a spike timebox of %s days', (timeboxDays) => {
    const draft = aDraftWith([], { spike: { kind: 'prototype', timeboxDays, goal: '' } });
    expect(problemsOf(draft)).toEqual([]);
  });

  it('limits the length of every text', () => {
    const draft = aDraftWith([aService('orders', { name: 'x'.repeat(DRAFT_LIMITS.name + 1) })]);
    expect(problemsOf(draft)).toHaveLength(1);
  });

  it('limits the number of services', () => {
    expect(problemsOf(aLargeDraft(DRAFT_LIMITS.services))).toEqual([]);
    expect(problemsOf(aLargeDraft(DRAFT_LIMITS.services + 1))).toHaveLength(1);
  });

  it('rejects a draft too large to store, though each of its parts is within limits', () => {
    const example = { kind: 'text' as const, text: 'x'.repeat(DRAFT_LIMITS.text) };
    const scenarios = Array.from({ length: DRAFT_LIMITS.scenarios }, (_, i) =>
      aScenario({
        id: `s${i}`,
        examples: Array.from({ length: DRAFT_LIMITS.examplesPerScenario }, () => example),
      }),
    );
    expect(problemsOf(aDraftWith([], { scenarios }))).toEqual([
      expect.stringMatching(/^: The draft is too large to store: \d+ KiB, at most 200 KiB$/),
    ]);
  });

  it('rejects a failure mode that says nothing about retrying', () => {
    const { retryable: _left, ...mode } = aFailureMode();
    expect(problemsOf(aDraftWith([aService('orders', { failureModes: [mode as never] })]))).toEqual(
      [
        'scoping.services.0.failureModes.0.retryable: Invalid input: expected boolean, received undefined',
      ],
    );
  });
});

describe('emptyDraft', () => {
  it('starts from the title it is given', () => {
    expect(emptyDraft('Checkout revamp').discovery.featureTitle).toBe('Checkout revamp');
  });
});

describe('newId', () => {
  it('makes a kebab-case id from a name', () => {
    expect(slugify('Orders API (v2)')).toBe('orders-api-v2');
  });

  it('drops accents rather than the letters that carry them', () => {
    expect(slugify('Facturación')).toBe('facturacion');
  });

  it('adds the smallest free number when the id is taken', () => {
    expect(newId('Orders', ['orders', 'orders-2'])).toBe('orders-3');
  });

  it('still makes an id from a name with no letters or digits', () => {
    expect(newId('🚀', [])).toBe('item');
  });
});
