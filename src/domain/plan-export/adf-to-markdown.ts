import type { AdfDoc, AdfNode } from '../plan';

function inlineText(nodes: readonly AdfNode[] = []): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '  \n';
      if (node.type === 'mention' || node.type === 'emoji' || node.type === 'status') {
        const attrs = node.attrs ?? {};
        const shown = attrs.text ?? attrs.shortName ?? '';
        return typeof shown === 'string' ? shown : '';
      }
      if (node.type === 'inlineCard') {
        return typeof node.attrs?.url === 'string' ? `<${node.attrs.url}>` : '';
      }
      let text = node.text ?? '';
      for (const mark of node.marks ?? []) {
        if (mark.type === 'code') text = `\`${text}\``;
        else if (mark.type === 'strong') text = `**${text}**`;
        else if (mark.type === 'em') text = `*${text}*`;
        else if (mark.type === 'strike') text = `~~${text}~~`;
        else if (mark.type === 'link' && typeof mark.attrs?.href === 'string') {
          text = `[${text}](${mark.attrs.href})`;
        }
      }
      return text;
    })
    .join('');
}

function block(node: AdfNode, indent: string, shift: number): string[] {
  const content = node.content ?? [];
  switch (node.type) {
    case 'heading':
      return [
        `${'#'.repeat(Math.min(6, Number(node.attrs?.level ?? 1) + shift))} ${inlineText(content)}`,
        '',
      ];
    case 'paragraph':
      return [`${indent}${inlineText(content)}`, ''];
    case 'bulletList':
    case 'orderedList':
      return [
        ...content.flatMap((item, index) => {
          const marker = node.type === 'orderedList' ? `${String(index + 1)}. ` : '- ';
          const lines = (item.content ?? [])
            .flatMap((child) => block(child, `${indent}  `, shift))
            .filter((line) => line.trim() !== '');
          const [first = '', ...rest] = lines;
          return [`${indent}${marker}${first.trimStart()}`, ...rest];
        }),
        '',
      ];
    case 'taskList':
      return [
        ...content.map(
          (item) =>
            `${indent}- [${item.attrs?.state === 'DONE' ? 'x' : ' '}] ${inlineText(item.content)}`,
        ),
        '',
      ];
    case 'codeBlock': {
      const language = typeof node.attrs?.language === 'string' ? node.attrs.language : '';
      return [`${indent}\`\`\`${language}`, inlineText(content), `${indent}\`\`\``, ''];
    }
    case 'rule':
      return ['---', ''];
    case 'blockquote':
    case 'panel':
      return [
        ...content
          .flatMap((child) => block(child, '', shift))
          .map((line) => (line ? `> ${line}` : '>')),
        '',
      ];
    case 'table': {
      const rows = content.map(
        (row) =>
          `| ${(row.content ?? [])
            .map((cell) =>
              (cell.content ?? [])
                .map((p) => inlineText(p.content))
                .join(' ')
                .replace(/\|/g, '\\|'),
            )
            .join(' | ')} |`,
      );
      const columns = content[0]?.content?.length ?? 0;
      const rule = `|${' --- |'.repeat(columns)}`;
      return [...rows.slice(0, 1), rule, ...rows.slice(1), ''];
    }
    default:
      return content.length > 0 ? content.flatMap((child) => block(child, indent, shift)) : [];
  }
}

/**
 * An ADF document as Markdown (CommonMark with GitHub tables and task lists). `headingShift`
 * moves its headings down, so a description sits under the heading of the issue it belongs to.
 */
export function adfToMarkdown(doc: AdfDoc, headingShift = 0): string {
  return doc.content
    .flatMap((node) => block(node, '', headingShift))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
