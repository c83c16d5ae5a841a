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
  it('leaves a description that fits as it is', () => {
    const small = doc([paragraph('short')]);
    expect(fitDescription(small)).toBe(small);
  });

  it('cuts a description Jira would refuse and says so at the end', () => {
    const big = doc(
      Array.from({ length: 400 }, (_, i) => paragraph(`Paragraph ${i} ${'x'.repeat(100)}`)),
    );
    const fitted = fitDescription(big);
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(32_000);
    expect(fitted.content.at(-1)?.content?.[0]?.text).toMatch(/cut to fit Jira/);
    expect(validateAdf(fitted)).toEqual([]);
  });
});
