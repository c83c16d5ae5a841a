import {
  childStory,
  composeSummary,
  hasDoubledWord,
  renderPatternPieces,
} from '../../../src/domain';

const summary = (pattern: string, values: Record<string, string>) =>
  composeSummary(renderPatternPieces(pattern, values));

describe('composeSummary: one phrase, whatever the names', () => {
  it('says a word once where the template repeats the end of a name', () => {
    expect(summary('Build the {{name}} service', { name: 'Payment Service' })).toBe(
      'Build the Payment Service',
    );
    expect(summary('Build the {{name}} service', { name: 'pets' })).toBe('Build the pets service');
    expect(summary('Validate {{name}}', { name: 'validate-all' })).toBe('Validate validate-all');
  });

  it("keeps a person's own doubled word inside a name", () => {
    expect(summary('Build the {{name}} service', { name: 'Bora Bora' })).toBe(
      'Build the Bora Bora service',
    );
  });

  it('never chains colons: the template gives way to a name that has one', () => {
    expect(
      summary('Contract of {{name}}: inputs and outputs', {
        name: 'Cart totals: recompute on every change',
      }),
    ).toBe('Contract of Cart totals: recompute on every change — inputs and outputs');
    expect(
      summary('{{name}}: {{purpose}}', { name: 'pets', purpose: 'Covers: List all pets' }),
    ).toBe('pets — Covers: List all pets');
    expect(summary('{{name}}: {{purpose}}', { name: 'pets', purpose: 'List all pets' })).toBe(
      'pets: List all pets',
    );
  });

  it('keeps one colon of a name with several, and colons that do not separate', () => {
    expect(summary('Handle {{name}}', { name: 'A: B: C at 10:30' })).toBe(
      'Handle A: B — C at 10:30',
    );
  });

  it('drops separators a blank value leaves dangling, and cleans the values', () => {
    expect(summary('{{name}}: {{goal}}', { name: 'Orders\u200b', goal: ' \u00ad' })).toBe('Orders');
  });

  it('hasDoubledWord sees a word twice in a row, in any script', () => {
    expect(hasDoubledWord('the the end')).toBe(true);
    expect(hasDoubledWord('Заказы заказы')).toBe(true);
    expect(hasDoubledWord('Bora Bora')).toBe(true);
    expect(hasDoubledWord('Build the Payment Service')).toBe(false);
  });
});

describe('childStory: a Jira story read as a team writes it', () => {
  const text = (value: string) => ({ type: 'text', text: value });
  const paragraph = (value: string) => ({ type: 'paragraph', content: [text(value)] });
  const bullets = (items: string[]) => ({
    type: 'bulletList',
    content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
  });

  it('takes the paragraphs before the acceptance criteria, and the criteria under their heading', () => {
    const story = childStory({
      type: 'doc',
      version: 1,
      content: [
        paragraph('Shoppers see totals at once.'),
        paragraph('  '),
        paragraph('No reload.'),
        { type: 'heading', attrs: { level: 3 }, content: [text('Acceptance criteria')] },
        bullets(['Totals within 200 ms', 'Tax by address']),
        { type: 'heading', attrs: { level: 3 }, content: [text('Notes')] },
        paragraph('Ask finance about rounding.'),
        bullets(['not a criterion']),
      ],
    });
    expect(story).toEqual({
      paragraphs: ['Shoppers see totals at once.', 'No reload.'],
      acceptanceCriteria: ['Totals within 200 ms', 'Tax by address'],
    });
  });

  it('reads criteria after a line "Acceptance criteria:" or in another language, and a checklist', () => {
    const after = (lead: object, list: object) =>
      childStory({ type: 'doc', version: 1, content: [paragraph('About.'), lead, list] })
        .acceptanceCriteria;
    expect(after(paragraph('Acceptance criteria:'), bullets(['One']))).toEqual(['One']);
    expect(
      after(
        { type: 'heading', attrs: { level: 2 }, content: [text('Akzeptanzkriterien')] },
        bullets(['Eins']),
      ),
    ).toEqual(['Eins']);
    expect(
      after(paragraph('Then:'), {
        type: 'taskList',
        attrs: { localId: 'a' },
        content: [
          { type: 'taskItem', attrs: { localId: 'b', state: 'TODO' }, content: [text('Ticked')] },
        ],
      }),
    ).toEqual(['Ticked']);
  });

  it('is empty for no description or anything Jira would not send, and bounded for a huge one', () => {
    expect(childStory(null)).toEqual({ paragraphs: [], acceptanceCriteria: [] });
    expect(childStory({ content: 'nope' })).toEqual({ paragraphs: [], acceptanceCriteria: [] });
    const huge = childStory({
      type: 'doc',
      version: 1,
      content: [
        ...Array.from({ length: 50 }, () => paragraph('x'.repeat(5000))),
        paragraph('Acceptance criteria'),
        bullets(Array.from({ length: 500 }, (_, n) => `Criterion ${n}`)),
      ],
    });
    expect(huge.paragraphs).toHaveLength(3);
    expect(huge.paragraphs.every((line) => line.length <= 600)).toBe(true);
    expect(huge.acceptanceCriteria).toHaveLength(20);
  });
});
