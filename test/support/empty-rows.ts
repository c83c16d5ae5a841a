/**
 * Finds empty or half-empty rows in a plan, reading only what Jira would receive (summaries and
 * ADF descriptions), independently of the readiness rules that are meant to prevent them.
 */
import { HTTP_METHODS, type AdfNode, type Plan } from '../../src/domain';

/** Every text of a node, concatenated as a reader sees it. */
function textOf(node: AdfNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}

/** Code texts (inline code marks and code blocks): an endpoint line there is `METHOD /path`. */
function codeTexts(node: AdfNode): string[] {
  if (node.type === 'codeBlock') return [textOf(node)];
  if (node.type === 'text' && node.marks?.some((mark) => mark.type === 'code'))
    return [node.text ?? ''];
  return (node.content ?? []).flatMap(codeTexts);
}

const METHOD_ALONE = new RegExp(`^\\s*(${HTTP_METHODS.join('|')})\\s*$`);

/**
 * Why a row reads as empty, or null: no text at all; a slot left blank between the words the
 * planner writes around it (leading or trailing space, a space before a separator, "Given ,");
 * the "(empty)" stand-in; or an endpoint line with a method and no path.
 */
function rowProblem(text: string): string | null {
  if (text.trim() === '') return 'no text';
  if (/^\s/.test(text)) return 'starts with a blank slot';
  if (/\s$/.test(text)) return 'ends with a blank slot';
  if (/\s[,;:]/.test(text)) return 'has a blank slot before a separator';
  if (text.includes('(empty)')) return 'says (empty)';
  return null;
}

/** Rows are what a list item, a checklist item or a table cell shows, one paragraph each. */
const ROW_PARENTS = new Set(['listItem', 'taskItem', 'tableCell', 'tableHeader']);

function emptyRowsIn(node: AdfNode, parent: string, where: string): string[] {
  const found: string[] = [];
  if (node.type === 'taskItem' || (node.type === 'paragraph' && ROW_PARENTS.has(parent))) {
    const problem = rowProblem(textOf(node));
    if (problem !== null)
      found.push(`${where}: ${node.type} ${problem}: ${JSON.stringify(textOf(node))}`);
  }
  if (node.type === 'heading' && textOf(node).trim() === '') found.push(`${where}: empty heading`);
  for (const code of codeTexts(node).filter((text) => METHOD_ALONE.test(text))) {
    if (node.type === 'doc') found.push(`${where}: an endpoint without a path: ${code}`);
  }
  for (const child of node.type === 'taskItem' ? [] : (node.content ?? [])) {
    found.push(...emptyRowsIn(child, node.type, where));
  }
  return found;
}

/** Every empty row, heading or endpoint line of every item of the plan, and bare summaries. */
export function emptyRows(plan: Plan): string[] {
  return plan.items.flatMap((item) => {
    const where = item.localId;
    const summary = rowProblem(item.fields.summary);
    return [
      ...(summary === null || summary === 'no text'
        ? []
        : [`${where}: summary ${summary}: ${JSON.stringify(item.fields.summary)}`]),
      ...(item.fields.summary.trim() === '' ? [`${where}: empty summary`] : []),
      ...emptyRowsIn(item.fields.description, '', where),
    ];
  });
}
