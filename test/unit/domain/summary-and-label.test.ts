import { cutSummary, summaryFits, toLabel, toLabels } from '../../../src/domain';

describe('cutSummary', () => {
  it('leaves a summary that fits as it is', () => {
    expect(cutSummary('Orders: place an order')).toBe('Orders: place an order');
  });

  it('cuts a long summary on a word boundary and marks the cut', () => {
    const summary = cutSummary('alpha beta gamma delta', 15);
    expect(summary).toBe('alpha beta…');
  });

  it('never returns more than 255 characters', () => {
    expect(cutSummary('word '.repeat(200)).length).toBeLessThanOrEqual(255);
  });

  it('puts a summary on one line', () => {
    expect(cutSummary('Orders\n  place an\torder')).toBe('Orders place an order');
  });

  it('cuts inside a single word that is longer than the room', () => {
    expect(cutSummary('x'.repeat(300), 10)).toBe('xxxxxxxxx…');
  });

  it('does not split a character made of two UTF-16 units', () => {
    const summary = cutSummary('🚀'.repeat(10), 6);
    expect(summary).toBe('🚀🚀…');
  });

  it('drops punctuation left dangling before the cut', () => {
    expect(cutSummary('alpha, beta gamma', 10)).toBe('alpha…');
  });
});

describe('summaryFits', () => {
  it('accepts one line of up to 255 characters', () => {
    expect(summaryFits('x'.repeat(255))).toBe(true);
  });

  it.each([
    ['too long', 'x'.repeat(256)],
    ['empty', '  '],
    ['on two lines', 'a\nb'],
  ])('rejects a summary that is %s', (_why, summary) => {
    expect(summaryFits(summary)).toBe(false);
  });
});

describe('toLabel', () => {
  it('turns spaces into hyphens, since Jira splits labels on spaces', () => {
    expect(toLabel('  Checkout   revamp ')).toBe('Checkout-revamp');
  });

  it('keeps a label within 255 characters', () => {
    expect(toLabel('x'.repeat(300))).toHaveLength(255);
  });

  it('drops empty labels and repeats', () => {
    expect(toLabels(['a b', '', 'a  b', ' '])).toEqual(['a-b']);
  });
});
