import type { AdfDoc, AdfNode } from '../plan';
import { doc, paragraph } from './adf-nodes';

/** Jira refuses a description beyond 32,767 characters; stay clear of it, measured as JSON. */
export const DESCRIPTION_MAX_CHARS = 32_000;

/** One titled part of a description: its heading (if any) and the blocks under it. */
export interface DescriptionPart {
  title: string;
  blocks: AdfNode[];
}

const size = (blocks: readonly AdfNode[]) => JSON.stringify(doc(blocks)).length;

/**
 * Joins description parts into one document that Jira accepts. When they do not all fit,
 * parts are kept in order while they fit, those that do not are left out whole (a heading
 * never loses its content), and a closing note names what was left out. Measuring
 * serialized JSON over-counts what Jira counts, which errs on the safe side.
 */
export function fitDescription(
  parts: readonly DescriptionPart[],
  maxChars = DESCRIPTION_MAX_CHARS,
): AdfDoc {
  const all = parts.flatMap((part) => part.blocks);
  if (size(all) <= maxChars) return doc(all);

  const notice = (left: string[]) =>
    paragraph(
      `Left out to fit Jira's size limit: ${left.join(', ')}. The full draft is in the Backend Breakdown panel.`,
    );
  const everything = parts.map((part) => part.title || 'untitled section');
  const budget = maxChars - JSON.stringify(notice(everything)).length - 1;
  const kept: AdfNode[] = [];
  const left: string[] = [];
  let used = size([]);
  for (const part of parts) {
    const cost = part.blocks.reduce((sum, block) => sum + JSON.stringify(block).length + 1, 0);
    if (used + cost <= budget) {
      kept.push(...part.blocks);
      used += cost;
    } else {
      left.push(part.title || 'untitled section');
    }
  }
  return doc([...kept, notice(left)]);
}
