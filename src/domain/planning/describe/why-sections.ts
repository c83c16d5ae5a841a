import { paragraph, strong, taskList, type LocalIds } from '../../adf/adf-nodes';
import type { AdfNode } from '../../plan';
import { cleanLine, cleanTrimmed } from '../../text/clean-text';
import { isBlankText } from '../../text/is-blank';
import { serviceName, type ChildContext, type ItemContext } from '../plan-context';

const line = (label: string, value: string): AdfNode => paragraph([...strong(label), ` ${value}`]);

/**
 * Why the ticket exists, so it stands on its own when read weeks later: the outcome it serves,
 * the service it is part of, and where it belongs in Jira (the epic, the issue it was planned
 * from). Under an epic's child: the story and the epic. Only what is known is said.
 */
export function why(item: ItemContext): AdfNode[] {
  if (item.child) return childWhy(item.child);
  const { draft, origin } = item.feature;
  const { outcome, featureTitle } = draft.discovery;
  const service = item.service;
  const title = cleanLine(featureTitle);
  const epic = [origin.epicKey ?? '', title].filter((part) => part !== '').join(' ');
  const plannedFrom =
    origin.issueKey !== undefined && origin.issueKey !== origin.epicKey ? origin.issueKey : '';
  return [
    ...(isBlankText(outcome) ? [] : [line('Outcome:', cleanTrimmed(outcome))]),
    ...(service && item.serviceStory !== true
      ? [
          line(
            'Service:',
            isBlankText(service.primaryFunction)
              ? serviceName(service, item.feature)
              : `${serviceName(service, item.feature)}, which ${lowerFirst(cleanLine(service.primaryFunction))}`,
          ),
        ]
      : []),
    ...(epic === '' ? [] : [line('Epic:', epic)]),
    ...(plannedFrom === '' ? [] : [line('Planned from:', plannedFrom)]),
  ];
}

/** Why a sub-task made under an epic's child exists: the story, and the epic it is part of. */
export function childWhy(child: ChildContext): AdfNode[] {
  return [
    line('Story:', `${child.key} ${cleanLine(child.summary)}`.trim()),
    line('Epic:', `${child.epic.key} ${cleanLine(child.epic.summary)}`.trim()),
  ];
}

/** "Charges the card" → "charges the card", so it reads on after "which"; "API gateway" stays. */
function lowerFirst(text: string): string {
  return text.replace(/^\p{Lu}(?!\p{Lu})/u, (first) => first.toLowerCase());
}

/**
 * The child story's acceptance criteria as boxes to tick; for a story without any, the one task
 * it then needs: agreeing them.
 */
export function acceptanceCriteria(item: ItemContext, ids: LocalIds): AdfNode[] {
  const { child } = item;
  if (!child) return [];
  const criteria = child.acceptanceCriteria.map(cleanLine).filter((text) => text !== '');
  const tasks =
    criteria.length > 0
      ? criteria
      : [
          `${child.key} has no acceptance criteria yet: agree them with its reporter, then check the story against each`,
        ];
  return taskList(
    ids.next('tasks'),
    tasks.map((content) => ({ localId: ids.next('task'), content })),
  );
}
