import type { ServiceItemTemplate, Template } from '../template/template-schema';
import { fanOutItems } from './fan-out-items';

/** A section kind as its content reads ("failure-modes" → "failure modes"). */
const sectionWords = (kind: string): string =>
  kind === 'text' ? 'a note' : kind === 'checklist' ? 'a checklist' : kind.replace(/-/g, ' ');

/**
 * One line saying what a sub-task item makes under each child: its summary with the child in
 * the service's place, and what its description holds.
 */
export function describeFanOutItem(item: ServiceItemTemplate): string {
  const fill = (pattern: string) =>
    pattern
      .replace(/\{\{\s*service\.name\s*\}\}/g, '<child’s summary>')
      .replace(/\{\{\s*item\.name\s*\}\}/g, item.name)
      .replace(/\{\{\s*[a-zA-Z.]+\s*\}\}/g, '…');
  const summary = fill(item.summary);
  const sections = item.sections.map((s) =>
    typeof s.heading === 'string' && s.heading !== '' ? fill(s.heading) : sectionWords(s.kind),
  );
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
