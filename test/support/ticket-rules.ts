/**
 * The rules a generated ticket must keep (issue 18), checked on the ticket as Jira stores it:
 * its summary and its ADF description. Written independently of the code that renders tickets,
 * so the property test and the measurement in `bench/ticket-rules.bench.ts` judge the product,
 * not the renderer's intentions.
 */
import type { AdfDoc, AdfNode } from '../../src/domain';

export type TicketRuleId =
  | 'empty-section'
  | 'empty-block'
  | 'dangling-reference'
  | 'placeholder'
  | 'internal-id'
  | 'chained-colons'
  | 'doubled-word'
  | 'summary-shape'
  | 'thin-ticket';

export interface TicketViolation {
  rule: TicketRuleId;
  detail: string;
}

export interface TicketToCheck {
  summary: string;
  description: AdfDoc;
}

export interface TicketRuleOptions {
  /**
   * Ids of the draft's entities (services, endpoints, …) that are not also names a person gave:
   * none may appear in a ticket.
   */
  internalIds?: readonly string[];
  /** The names put into the ticket: a word a person doubled in a name is theirs to keep. */
  names?: readonly string[];
  /**
   * Whether a summary naming a part ("… inputs and outputs") must have a section about it: true
   * for the built-in templates, whose wording is ours; a custom template's wording is its author's.
   */
  summaryParts?: boolean;
  /** Whether a one-paragraph description breaks the rules (built-in templates: yes). */
  thin?: boolean;
}

/** The plain text of inline content, hard breaks as spaces. */
function inlineText(node: AdfNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(inlineText).join('');
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);
const CONTAINERS = new Set(['bulletList', 'orderedList', 'taskList', 'table']);

/** Blocks with nothing in them: paragraphs, list items, task items, cells, code blocks. */
function emptyBlocks(node: AdfNode, out: string[]): void {
  if (TEXT_BLOCKS.has(node.type) || node.type === 'taskItem') {
    if (inlineText(node).trim() === '') out.push(node.type);
    return;
  }
  if (CONTAINERS.has(node.type) || node.type === 'tableRow') {
    if ((node.content ?? []).length === 0) out.push(node.type);
  }
  if (node.type === 'listItem' || node.type === 'tableCell' || node.type === 'tableHeader') {
    if (inlineText(node).trim() === '') out.push(node.type);
  }
  for (const child of node.content ?? []) emptyBlocks(child, out);
}

/** Words that send the reader to content elsewhere in the ticket. */
const POINTERS = /\b(?:below|following|listed here|as follows|see the table|these shapes)\b/i;
/** Parts of a service a summary may name, and the headings of the sections that show them. */
const PROMISED_PARTS: readonly [string, RegExp][] = [
  ['inputs', /input|consumed/i],
  ['outputs', /output|published/i],
  ['endpoints', /endpoint/i],
  ['success criteria', /success criteria|done when/i],
  ['failures', /failure/i],
];
/** What a template or a renderer leaves when a value is missing. */
const PLACEHOLDERS: readonly [RegExp, string][] = [
  [/\{\{|\}\}/, 'unrendered {{placeholder}}'],
  [/\b(?:TBD|TODO|FIXME|lorem ipsum)\b/i, 'placeholder word'],
  [/\((?:empty|none|n\/a)\)/i, 'placeholder in parentheses'],
  [/\b(?:undefined|null|NaN)\b|\[object Object\]/, 'program value'],
  [/""|“”|''|‘’|«»|\(\s*\)/, 'empty quote or parentheses'],
  [/\bUntitled\b/, 'untitled'],
];
/** Local ids of plans (`service:orders/errors`, `child:10001/contract`) and ADF local ids. */
const LOCAL_ID = /\b(?:service|child|extra):[A-Za-z0-9]|\btasks?-\d+\b/;

function textViolations(text: string, options: TicketRuleOptions): TicketViolation[] {
  const found: TicketViolation[] = [];
  for (const [pattern, what] of PLACEHOLDERS) {
    const match = pattern.exec(text);
    if (match) found.push({ rule: 'placeholder', detail: `${what}: "${match[0]}" in "${text}"` });
  }
  const id = LOCAL_ID.exec(text);
  if (id) found.push({ rule: 'internal-id', detail: `"${id[0]}" in "${text}"` });
  for (const internal of options.internalIds ?? []) {
    const at = new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(internal)}(?![\\p{L}\\p{N}_-])`, 'u');
    if (at.test(text)) found.push({ rule: 'internal-id', detail: `"${internal}" in "${text}"` });
  }
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word written twice in a row ("the the", "Orders service service"). */
const DOUBLED = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)\s+\1(?![\p{L}\p{N}])/iu;

function summaryViolations(summary: string, options: TicketRuleOptions): TicketViolation[] {
  const found: TicketViolation[] = [];
  if (summary.trim() === '' || summary.length > 255 || /[\r\n\t]/.test(summary)) {
    found.push({ rule: 'summary-shape', detail: `not one line of 1–255 characters: "${summary}"` });
  }
  if (summary !== summary.trim() || /^[\s:;,.\-–—|/]|[\s:;,\-–—|/]$/u.test(summary)) {
    found.push({ rule: 'summary-shape', detail: `starts or ends with a separator: "${summary}"` });
  }
  // One phrase: at most one separating colon, whoever wrote it (a name with one included).
  if ((summary.match(/:(?=\s|$)/g) ?? []).length > 1) {
    found.push({ rule: 'chained-colons', detail: `"${summary}"` });
  }
  const doubled = DOUBLED.exec(summary);
  const inName = (words: string) =>
    (options.names ?? []).some((name) => name.toLowerCase().includes(words.toLowerCase()));
  if (doubled && !inName(doubled[0])) {
    found.push({ rule: 'doubled-word', detail: `"${doubled[0]}" in "${summary}"` });
  }
  return found.concat(textViolations(summary, options));
}

/**
 * What breaks a ticket's rules: sections with nothing under them, empty blocks, a sentence
 * pointing at content the ticket does not have, placeholders, internal ids, a summary that is not
 * one natural phrase, or a description that is a single line.
 */
export function ticketViolations(
  ticket: TicketToCheck,
  options: TicketRuleOptions = {},
): TicketViolation[] {
  const found = summaryViolations(ticket.summary, options);
  const blocks = ticket.description.content;

  blocks.forEach((block, index) => {
    if (block.type !== 'heading') return;
    const level = Number(block.attrs?.level ?? 1);
    const next = blocks[index + 1];
    const closes = !next || (next.type === 'heading' && Number(next.attrs?.level ?? 1) <= level);
    if (closes) {
      found.push({ rule: 'empty-section', detail: `"${inlineText(block)}" has nothing under it` });
    }
  });

  // A summary that names a part ("…: inputs, outputs and endpoints") promises a section about it.
  const headings = blocks
    .filter((block) => block.type === 'heading')
    .map((block) => inlineText(block).toLowerCase());
  for (const [part, heading] of options.summaryParts === false ? [] : PROMISED_PARTS) {
    if (
      new RegExp(`\\b${part}\\b`, 'i').test(ticket.summary) &&
      !headings.some((h) => heading.test(h))
    ) {
      found.push({
        rule: 'dangling-reference',
        detail: `the summary names ${part}; no section has them`,
      });
    }
  }

  const empty: string[] = [];
  blocks.forEach((block) => emptyBlocks(block, empty));
  for (const type of empty) found.push({ rule: 'empty-block', detail: `an empty ${type}` });

  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph') return;
    const line = inlineText(block);
    if (!POINTERS.test(line)) return;
    const after = blocks.slice(index + 1).filter((b) => b.type !== 'heading');
    if (after.length === 0) {
      found.push({ rule: 'dangling-reference', detail: `"${line}" points at nothing` });
    }
  });

  // An OpenAPI fragment in a code block carries what its `$ref`s point at.
  for (const block of blocks) {
    if (block.type !== 'codeBlock' || block.attrs?.language !== 'json') continue;
    for (const ref of danglingRefs(inlineText(block))) {
      found.push({ rule: 'dangling-reference', detail: `$ref ${ref} points at nothing` });
    }
  }

  const texts: string[] = [];
  const collect = (node: AdfNode) => {
    if (TEXT_BLOCKS.has(node.type) || node.type === 'taskItem') {
      // Code blocks hold OpenAPI JSON, where `null` and `{}` are the language, not placeholders.
      if (node.type !== 'codeBlock') texts.push(inlineText(node));
      return;
    }
    (node.content ?? []).forEach(collect);
  };
  blocks.forEach(collect);
  for (const line of texts) found.push(...textViolations(line, options));

  const saying = blocks.filter((block) => block.type !== 'heading');
  const thin = saying.length < 2 && saying.every((block) => block.type === 'paragraph');
  if (thin && options.thin !== false) {
    found.push({ rule: 'thin-ticket', detail: `the description says ${saying.length} thing(s)` });
  }
  return found;
}

/** The local `$ref`s ("#/components/…") of a JSON text that do not resolve inside it. */
function danglingRefs(json: string): string[] {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    return ['(the code block is not JSON)'];
  }
  const refs: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) refs.push(value);
      else visit(value);
    }
  };
  visit(root);
  const resolves = (ref: string) =>
    ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>(
        (at, part) =>
          at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined,
        root,
      ) !== undefined;
  return refs.filter((ref) => !resolves(ref));
}

/** Violations counted per rule, every rule listed (0 included), for reports. */
export function countByRule(violations: readonly TicketViolation[]): Record<TicketRuleId, number> {
  const counts: Record<TicketRuleId, number> = {
    'empty-section': 0,
    'empty-block': 0,
    'dangling-reference': 0,
    placeholder: 0,
    'internal-id': 0,
    'chained-colons': 0,
    'doubled-word': 0,
    'summary-shape': 0,
    'thin-ticket': 0,
  };
  for (const violation of violations) counts[violation.rule]++;
  return counts;
}
