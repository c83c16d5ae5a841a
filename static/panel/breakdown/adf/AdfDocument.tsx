import Heading from '@atlaskit/heading';
import { Box } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';
import type { AdfDoc, AdfNode } from '../../../../src/domain';
import { CODE_FONTS, MarkedText } from './adf-marks';

const gap = token('space.100');
const styles = {
  doc: { color: token('color.text'), overflowWrap: 'anywhere' },
  paragraph: { margin: `0 0 ${gap}` },
  list: { margin: `0 0 ${gap}`, paddingInlineStart: token('space.300') },
  taskList: { margin: `0 0 ${gap}`, padding: 0, listStyle: 'none' },
  codeBlock: {
    margin: `0 0 ${gap}`,
    padding: token('space.100'),
    backgroundColor: token('color.background.neutral'),
    color: token('color.text'),
    borderRadius: token('radius.small'),
    fontFamily: token('font.family.code', CODE_FONTS),
    fontSize: '0.875em',
    whiteSpace: 'pre-wrap',
    overflowX: 'auto',
  },
  table: { borderCollapse: 'collapse', margin: `0 0 ${gap}`, width: '100%' },
  cell: {
    border: `1px solid ${token('color.border')}`,
    padding: token('space.050'),
    verticalAlign: 'top',
    textAlign: 'start',
  },
  headerCell: { backgroundColor: token('color.background.neutral') },
  rule: { border: 'none', borderTop: `1px solid ${token('color.border')}`, margin: `${gap} 0` },
  panel: {
    margin: `0 0 ${gap}`,
    padding: token('space.100'),
    backgroundColor: token('color.background.information'),
    borderRadius: token('radius.small'),
  },
  quote: {
    margin: `0 0 ${gap}`,
    paddingInlineStart: token('space.150'),
    borderInlineStart: `2px solid ${token('color.border')}`,
    color: token('color.text.subtle'),
  },
} satisfies Record<string, CSSProperties>;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

function headingTag(level: unknown): (typeof HEADINGS)[number] {
  const n = typeof level === 'number' ? Math.min(6, Math.max(1, Math.round(level))) : 3;
  return HEADINGS[n - 1] ?? 'h3';
}

/** Description headings sit inside an issue row, so even a level-1 heading stays modest. */
function headingSize(level: unknown): 'small' | 'xsmall' | 'xxsmall' {
  const tag = headingTag(level);
  return tag === 'h1' || tag === 'h2' ? 'small' : tag === 'h3' ? 'xsmall' : 'xxsmall';
}

/** The text of a node and everything in it, for nodes this renderer does not draw. */
function plainText(node: AdfNode): string {
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(plainText).join(node.type === 'paragraph' ? '' : ' ');
}

function Nodes({ nodes }: { nodes: readonly AdfNode[] | undefined }) {
  return (
    <>
      {(nodes ?? []).map((node, index) => (
        <Node key={index} node={node} />
      ))}
    </>
  );
}

/** One ADF node as Jira draws it, with tokens so it reads in light and dark themes. */
function Node({ node }: { node: AdfNode }): ReactNode {
  const children = <Nodes nodes={node.content} />;
  switch (node.type) {
    case 'text':
      return <MarkedText node={node} />;
    case 'hardBreak':
      return <br />;
    case 'paragraph':
      return <p style={styles.paragraph}>{children}</p>;
    case 'heading':
      return (
        <Box paddingBlockStart="space.100" paddingBlockEnd="space.050">
          <Heading size={headingSize(node.attrs?.level)} as={headingTag(node.attrs?.level)}>
            {children}
          </Heading>
        </Box>
      );
    case 'bulletList':
      return <ul style={styles.list}>{children}</ul>;
    case 'orderedList': {
      const order = node.attrs?.order;
      return (
        <ol style={styles.list} start={typeof order === 'number' ? order : undefined}>
          {children}
        </ol>
      );
    }
    case 'listItem':
      return <li>{children}</li>;
    case 'taskList':
      return <ul style={styles.taskList}>{children}</ul>;
    case 'taskItem': {
      const done = node.attrs?.state === 'DONE';
      return (
        <li>
          <span aria-hidden="true">{done ? '☑ ' : '☐ '}</span>
          <span>{children}</span>
        </li>
      );
    }
    case 'codeBlock':
      return (
        <pre style={styles.codeBlock}>
          <code>{plainText(node)}</code>
        </pre>
      );
    case 'table':
      return (
        <table style={styles.table}>
          <tbody>{children}</tbody>
        </table>
      );
    case 'tableRow':
      return <tr>{children}</tr>;
    case 'tableHeader':
      return (
        <th scope="col" style={{ ...styles.cell, ...styles.headerCell }}>
          {children}
        </th>
      );
    case 'tableCell':
      return <td style={styles.cell}>{children}</td>;
    case 'rule':
      return <hr style={styles.rule} />;
    case 'panel':
      return <div style={styles.panel}>{children}</div>;
    case 'blockquote':
      return <blockquote style={styles.quote}>{children}</blockquote>;
    default: {
      // A node we do not draw still says what it holds.
      const text = plainText(node);
      return text === '' ? null : <span>{text}</span>;
    }
  }
}

/**
 * An issue description as Jira will show it: the ADF document rendered as elements (never as
 * HTML text), covering every node and mark the plan's descriptions use.
 */
export function AdfDocument({ doc }: { doc: AdfDoc }) {
  return (
    <div style={styles.doc} data-testid="adf-document">
      <Nodes nodes={doc.content} />
    </div>
  );
}
