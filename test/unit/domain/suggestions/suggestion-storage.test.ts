import { DRAFT_LIMITS, draftSchema, migrateDraft } from '../../../../src/domain';
import { aDraft, aDraftWith, aService } from '../../../support/draft-builders';

describe('a draft with suggestions dismissed and services marked', () => {
  it('still reads when it was saved before services could be marked or suggestions dismissed', () => {
    const stored = JSON.parse(JSON.stringify(aDraft())) as { scoping: { services: object[] } };
    for (const service of stored.scoping.services) {
      expect(Object.keys(service)).not.toContain('dismissedSuggestions');
    }
    const draft = migrateDraft(stored);
    expect(draft.scoping.services.map((s) => s.authenticated)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads back what it remembers', () => {
    const marked = aDraftWith([
      aService('orders', {
        authenticated: true,
        publicFacing: false,
        dismissedSuggestions: ['path-parameter-not-found:order', 'upstream-timeout:service-stock'],
      }),
    ]);
    expect(migrateDraft(JSON.parse(JSON.stringify(marked)))).toEqual(marked);
  });

  it('refuses a dismissed id that is not a suggestion id, and more than the limit', () => {
    const withDismissed = (ids: string[]) =>
      draftSchema.safeParse(aDraftWith([aService('orders', { dismissedSuggestions: ids })]))
        .success;
    expect(withDismissed(['Not An Id'])).toBe(false);
    expect(withDismissed(['x'.repeat(DRAFT_LIMITS.suggestionId + 1)])).toBe(false);
    const many = Array.from(
      { length: DRAFT_LIMITS.dismissedSuggestions + 1 },
      (_, i) => `rule:s${String(i)}`,
    );
    expect(withDismissed(many.slice(1))).toBe(true);
    expect(withDismissed(many)).toBe(false);
  });
});
