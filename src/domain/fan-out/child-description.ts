import type { AdfNode } from '../plan';

/** The longest primary function the patterns get: one line of a service in a draft. */
const MAX_CHARS = 500;

function textOf(node: AdfNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(textOf).join('');
}

/**
 * The plain text of an issue description (an ADF document, null, or anything Jira sent) as one
 * line: the first paragraph that says something, which is where people state what a thing is for.
 */
export function childDescription(description: unknown): string {
  if (description === null || typeof description !== 'object') return '';
  const blocks = (description as { content?: unknown }).content;
  if (!Array.isArray(blocks)) return '';
  for (const block of blocks as AdfNode[]) {
    const line = textOf(block).replace(/\s+/gu, ' ').trim();
    if (line !== '') return line.length > MAX_CHARS ? `${line.slice(0, MAX_CHARS - 1)}…` : line;
  }
  return '';
}
