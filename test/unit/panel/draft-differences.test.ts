import { draftDifferences } from '../../../static/panel/draft/draft-differences';
import { aDraft } from '../../support/draft-builders';

describe('the differences between their version and mine', () => {
  it('names each field the two versions disagree on, with both values', () => {
    const theirs = aDraft({ featureTitle: 'Payouts' });
    const mine = aDraft({ featureTitle: 'Checkout' });
    expect(draftDifferences(theirs, mine)).toEqual([
      { field: 'Discovery › feature title', theirs: 'Payouts', mine: 'Checkout' },
    ]);
  });

  it('has nothing to show for the same draft', () => {
    expect(draftDifferences(aDraft(), aDraft())).toEqual([]);
  });

  it('shows a service only one version has, field by field, numbered as on screen', () => {
    const mine = aDraft();
    const theirs = aDraft();
    const [first] = theirs.scoping.services;
    if (!first) throw new Error('the builder makes a service');
    theirs.scoping.services.push({ ...first, id: 'refunds', name: 'Refunds' });
    const names = draftDifferences(theirs, mine, 1000).filter((d) => d.field.endsWith('› name'));
    const position = String(theirs.scoping.services.length);
    expect(names).toContainEqual({
      field: `Scoping › service ${position} › name`,
      theirs: 'Refunds',
      mine: '',
    });
  });

  it('stops at the limit', () => {
    const theirs = aDraft({ featureTitle: 'A' });
    theirs.discovery.problem = 'B';
    expect(draftDifferences(theirs, aDraft({ featureTitle: 'C' }), 1)).toHaveLength(1);
  });
});
