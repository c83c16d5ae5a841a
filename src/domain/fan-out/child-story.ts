import type { AdfNode } from '../plan';

/** What a fan-out sub-task carries of its child story's description. */
export interface ChildStory {
  /** The paragraphs that say what the story is about, before its acceptance criteria. */
  paragraphs: string[];
  acceptanceCriteria: string[];
}

const MAX_PARAGRAPHS = 3;
const MAX_PARAGRAPH_CHARS = 600;
const MAX_CRITERIA = 20;
const MAX_CRITERION_CHARS = 300;

/** The headings teams put over acceptance criteria, in the languages Jira sites are written in. */
const CRITERIA_HEADING =
  /^(?:acceptance criteria|acceptance|definition of done|done when|akzeptanzkriterien|abnahmekriterien|critères d['’]acceptation|criterios de aceptación|critérios de aceitação|criteri di accettazione|acceptatiecriteria|受け入れ基準|验收标准)\s*:?$/iu;

function textOf(node: AdfNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  if (node.type === 'mention' || node.type === 'emoji') {
    const text = node.attrs?.text;
    return typeof text === 'string' ? text : '';
  }
  return (node.content ?? []).map(textOf).join('');
}

const oneLine = (text: string, max: number) => {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** The items of a bullet, numbered or task list, one line each. */
function listItems(node: AdfNode): string[] {
  return (node.content ?? []).map((item) => oneLine(textOf(item), MAX_CRITERION_CHARS));
}

const isList = (node: AdfNode) =>
  node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'taskList';

/**
 * A story's description (ADF as Jira sends it, or anything else) read as a team writes stories:
 * what it is about in its first paragraphs, and its acceptance criteria in the list under a
 * heading (or a line) "Acceptance criteria", or in a checklist. Bounded, whatever the size.
 */
export function childStory(description: unknown): ChildStory {
  const story: ChildStory = { paragraphs: [], acceptanceCriteria: [] };
  if (description === null || typeof description !== 'object') return story;
  const blocks = (description as { content?: unknown }).content;
  if (!Array.isArray(blocks)) return story;
  let section: 'purpose' | 'criteria' | 'other' = 'purpose';
  let checklists: string[] = [];
  for (const block of blocks as AdfNode[]) {
    if (block === null || typeof block !== 'object') continue;
    const line = oneLine(textOf(block), MAX_PARAGRAPH_CHARS);
    if ((block.type === 'heading' || block.type === 'paragraph') && CRITERIA_HEADING.test(line)) {
      section = 'criteria';
    } else if (block.type === 'heading') {
      section = section === 'criteria' && line === '' ? section : 'other';
    } else if (section === 'criteria' && isList(block)) {
      story.acceptanceCriteria.push(...listItems(block));
    } else if (block.type === 'taskList') {
      checklists = [...checklists, ...listItems(block)];
    } else if (section === 'purpose' && block.type === 'paragraph' && line !== '') {
      story.paragraphs.push(line);
    }
  }
  if (story.acceptanceCriteria.length === 0) story.acceptanceCriteria = checklists;
  story.paragraphs = story.paragraphs.slice(0, MAX_PARAGRAPHS);
  story.acceptanceCriteria = story.acceptanceCriteria
    .filter((criterion) => criterion !== '')
    .slice(0, MAX_CRITERIA);
  return story;
}
