import type { AdfDoc, AdfNode } from '../plan';
import { cleanText } from '../text/clean-text';

/**
 * Structural builders for Atlassian Document Format. Documents are built as objects, never
 * as strings, and only from node shapes Atlassian's ADF schema accepts: text nodes are never
 * empty, list and table nodes never lack children, task lists carry local ids.
 */

type Mark = NonNullable<AdfNode['marks']>[number];
export type Inline = AdfNode;
/** Inline content: plain strings become text nodes, empty strings vanish. */
export type InlineInput = string | Inline | readonly (string | Inline)[];

export function text(value: string, marks: readonly Mark[] = []): Inline[] {
  const clean = cleanText(value);
  if (clean === '') return [];
  return marks.length === 0
    ? [{ type: 'text', text: clean }]
    : [{ type: 'text', text: clean, marks: [...marks] }];
}

export const strong = (value: string): Inline[] => text(value, [{ type: 'strong' }]);
export const code = (value: string): Inline[] => text(value, [{ type: 'code' }]);
export const hardBreak = (): Inline => ({ type: 'hardBreak' });

/** Turns inline input into nodes; line breaks inside strings (U+2028/U+2029 too) become hard breaks. */
export function inline(input: InlineInput): Inline[] {
  const parts = typeof input === 'string' || !Array.isArray(input) ? [input] : input;
  return (parts as (string | Inline)[]).flatMap((part) => {
    if (typeof part !== 'string') return [part];
    return part
      .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
      .flatMap((line, index) => (index === 0 ? text(line) : [hardBreak(), ...text(line)]));
  });
}

export function doc(content: readonly AdfNode[]): AdfDoc {
  return { type: 'doc', version: 1, content: [...content] };
}

export function paragraph(content: InlineInput = []): AdfNode {
  const nodes = inline(content);
  return nodes.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content: nodes };
}

export function heading(level: 1 | 2 | 3 | 4 | 5 | 6, content: InlineInput): AdfNode {
  const nodes = inline(content);
  return nodes.length === 0
    ? { type: 'heading', attrs: { level } }
    : { type: 'heading', attrs: { level }, content: nodes };
}

/** A bullet list of one paragraph per item; no node at all for no items. */
export function bulletList(items: readonly InlineInput[]): AdfNode[] {
  return blockBulletList(items.map((item) => [paragraph(item)]));
}

/** A bullet list whose items hold block nodes (a paragraph and a nested list, say). */
export function blockBulletList(items: readonly (readonly AdfNode[])[]): AdfNode[] {
  if (items.length === 0) return [];
  return [
    {
      type: 'bulletList',
      content: items.map((blocks) => ({
        type: 'listItem',
        content: blocks.length > 0 ? [...blocks] : [paragraph()],
      })),
    },
  ];
}

/** A table with a header row; each cell is inline content in one paragraph. */
export function table(
  header: readonly string[],
  rows: readonly (readonly InlineInput[])[],
): AdfNode {
  const cell = (type: 'tableHeader' | 'tableCell', content: InlineInput): AdfNode => ({
    type,
    content: [paragraph(content)],
  });
  return {
    type: 'table',
    attrs: { isNumberColumnEnabled: false, layout: 'default' },
    content: [
      { type: 'tableRow', content: header.map((title) => cell('tableHeader', strong(title))) },
      ...rows.map((row) => ({
        type: 'tableRow',
        content: row.map((content) => cell('tableCell', content)),
      })),
    ],
  };
}

export interface TaskInput {
  localId: string;
  content: InlineInput;
  done?: boolean;
}

/** A checklist (Jira renders it with tick boxes). Task lists and items need document-unique local ids. */
export function taskList(localId: string, tasks: readonly TaskInput[]): AdfNode[] {
  if (tasks.length === 0) return [];
  return [
    {
      type: 'taskList',
      attrs: { localId },
      content: tasks.map((task) => {
        const content = inline(task.content);
        const attrs = { localId: task.localId, state: task.done === true ? 'DONE' : 'TODO' };
        return content.length === 0
          ? { type: 'taskItem', attrs }
          : { type: 'taskItem', attrs, content };
      }),
    },
  ];
}

export function codeBlock(source: string, language?: string): AdfNode {
  const content = text(source);
  const attrs = language === undefined ? {} : { language };
  return content.length === 0
    ? { type: 'codeBlock', attrs }
    : { type: 'codeBlock', attrs, content };
}

export const rule = (): AdfNode => ({ type: 'rule' });

/**
 * Hands out local ids that are unique within one document and the same on every run, so
 * plans stay deterministic (random UUIDs, the usual choice, would break that).
 */
export class LocalIds {
  private readonly counts = new Map<string, number>();

  next(prefix: string): string {
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    return `${prefix}-${n}`;
  }
}
