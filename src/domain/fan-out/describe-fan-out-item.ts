import type { SectionKind } from '../template/description-section';
import type { ServiceItemTemplate, Template } from '../template/template-schema';
import { fanOutItems } from './fan-out-items';

/** What a section without a heading holds, in words a person reads in a sentence. */
const SECTION_WORDS: Partial<Record<SectionKind, string>> = {
  text: 'a note',
  checklist: 'a checklist',
  why: 'why it matters',
  'failure-modes': 'failures with their HTTP statuses',
  'failure-checklist': 'a failure checklist',
  'acceptance-criteria': 'the story’s acceptance criteria',
  'service-openapi': 'its OpenAPI',
  'endpoint-openapi': 'its OpenAPI',
  'success-criteria': 'success criteria to tick',
};
const sectionWords = (kind: SectionKind): string => SECTION_WORDS[kind] ?? kind.replace(/-/g, ' ');

/** A heading inside a sentence: "What" → "what", "OpenAPI" and "HTTP statuses" stay as they are. */
const inSentence = (heading: string): string =>
  /^[A-Z][a-z]/.test(heading) ? heading.charAt(0).toLowerCase() + heading.slice(1) : heading;

/**
 * One line saying what a sub-task item makes under each child, as the epic action makes it (its
 * wording for a child story when it has one): its summary with the child in the service's place,
 * and what its description holds.
 */
export function describeFanOutItem(item: ServiceItemTemplate): string {
  const wording = item.child ?? item;
  const fill = (pattern: string) =>
    pattern
      .replace(/\{\{\s*service\.name\s*\}\}/g, '<child’s summary>')
      .replace(/\{\{\s*item\.name\s*\}\}/g, item.name)
      .replace(/\{\{\s*[a-zA-Z.]+\s*\}\}/g, '…');
  const summary = fill(wording.summary);
  const sections = [
    ...new Set(
      wording.sections.map((s) =>
        typeof s.heading === 'string' && s.heading !== ''
          ? inSentence(fill(s.heading))
          : sectionWords(s.kind),
      ),
    ),
  ];
  const holds = sections.length === 0 ? '' : `; its description: ${sections.join(', ')}`;
  return `A sub-task “${summary}” under each child${holds}.`;
}

/** A template item the fan-out cannot make, and why, in the admin's words. */
export interface UnavailableFanOutItem {
  name: string;
  reason: string;
}

/**
 * The template's items the epic action leaves out, each with its reason, so none silently
 * disappears from the list: per-endpoint items need endpoints a Jira issue does not have, and
 * items created as tasks under the epic are not sub-tasks of a child.
 */
export function unavailableFanOutItems(template: Template): UnavailableFanOutItem[] {
  const offered = new Set(fanOutItems(template).map((item) => item.key));
  return template.serviceItems
    .filter((item) => !offered.has(item.key))
    .map((item) => ({
      name: item.name,
      reason:
        item.role !== 'subtask'
          ? 'It is created as a task under the epic, not as a sub-task of a child.'
          : 'It is made once per endpoint, and an existing Jira issue has no endpoints.',
    }));
}
