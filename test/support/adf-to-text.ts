/**
 * Renders an ADF document as plain, Markdown-like text, so snapshots of plans read like
 * the tickets a person will see in Jira.
 */
import type { AdfDoc, AdfNode } from '../../src/domain';

function inlineText(nodes: readonly AdfNode[] = []): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '\n';
      const text = node.text ?? '';
      const marks = new Set((node.marks ?? []).map((mark) => mark.type));
      if (marks.has('code')) return `\`${text}\``;
      if (marks.has('strong')) return `**${text}**`;
      return text;
    })
    .join('');
}

function block(node: AdfNode, indent: string): string[] {
  const content = node.content ?? [];
  switch (node.type) {
    case 'heading':
      return [`${indent}${'#'.repeat(Number(node.attrs?.level ?? 1))} ${inlineText(content)}`];
    case 'paragraph':
      return [`${indent}${inlineText(content)}`];
    case 'bulletList':
      return content.flatMap((item) => {
        const [first, ...rest] = (item.content ?? []).flatMap((child) =>
          block(child, `${indent}  `),
        );
        return [`${indent}- ${(first ?? '').trimStart()}`, ...rest];
      });
    case 'taskList':
      return content.map(
        (item) =>
          `${indent}[${item.attrs?.state === 'DONE' ? 'x' : ' '}] ${inlineText(item.content)}`,
      );
    case 'codeBlock':
      return [
        `${indent}\`\`\`${typeof node.attrs?.language === 'string' ? node.attrs.language : ''}`,
        `${indent}${inlineText(content)}`,
        `${indent}\`\`\``,
      ];
    case 'table':
      return content.map(
        (row) =>
          `${indent}| ${(row.content ?? [])
            .map((cell) => (cell.content ?? []).map((p) => inlineText(p.content)).join(' '))
            .join(' | ')} |`,
      );
    default:
      return [`${indent}<${node.type}>`];
  }
}

export function adfToText(doc: AdfDoc): string {
  return doc.content.flatMap((node) => block(node, '')).join('\n');
}
