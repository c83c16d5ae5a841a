import {
  bulletList,
  codeBlock,
  doc,
  fitDescription,
  heading,
  paragraph,
  table,
  taskList,
} from '../../../src/domain';
import { validateAdf } from '../../support/adf-validator';

describe('ADF builders', () => {
  it('build a document Atlassian’s ADF schema accepts', () => {
    const document = doc([
      heading(3, 'Failure modes'),
      paragraph(['First line\nsecond line']),
      ...bulletList([
        'one',
        ['two', { type: 'text', text: ' (bold)', marks: [{ type: 'strong' }] }],
      ]),
      table(
        ['Condition', 'Status'],
        [
          ['Not found', '404'],
          ['', ''],
        ],
      ),
      ...taskList('tasks-1', [
        { localId: 'task-1', content: 'Answers 201' },
        { localId: 'task-2', content: '' },
      ]),
      codeBlock('POST /orders', 'http'),
      codeBlock(''),
    ]);
    expect(validateAdf(document)).toEqual([]);
  });

  it('never emit an empty text node, which the schema forbids', () => {
    expect(paragraph(['', ''])).toEqual({ type: 'paragraph' });
  });

  it('turn newlines into hard breaks', () => {
    expect(paragraph('a\nb').content?.map((node) => node.type)).toEqual([
      'text',
      'hardBreak',
      'text',
    ]);
  });

  it('drop control characters Jira would reject', () => {
    expect(paragraph('a\u0000b').content).toEqual([{ type: 'text', text: 'ab' }]);
  });

  it('leave out a list or task list with no items', () => {
    expect([...bulletList([]), ...taskList('t', [])]).toEqual([]);
  });
});

describe('fitDescription', () => {
  const part = (title: string, text: string) => ({
    title,
    blocks: [heading(3, title), paragraph(text)],
  });

  it('joins parts that fit, in order', () => {
    expect(fitDescription([part('A', 'a'), part('B', 'b')])).toEqual(
      doc([heading(3, 'A'), paragraph('a'), heading(3, 'B'), paragraph('b')]),
    );
  });

  it('leaves out a part that does not fit whole, keeps the later parts, and says what is missing', () => {
    const fitted = fitDescription([
      part('Why', 'short'),
      part('User scenarios', 'x'.repeat(40_000)),
      part('Services', 'table'),
    ]);
    expect(fitted.content.map((node) => node.content?.[0]?.text)).toEqual([
      'Why',
      'short',
      'Services',
      'table',
      "Left out to fit Jira's size limit: User scenarios. The full draft is in the Backend Breakdown panel.",
    ]);
  });

  it('keeps a cut description within the limit and valid ADF', () => {
    const parts = Array.from({ length: 40 }, (_, i) => part(`Part ${i}`, 'x'.repeat(1_000)));
    const fitted = fitDescription(parts);
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(32_000);
    expect(validateAdf(fitted)).toEqual([]);
  });
});
