import type { IssueRole } from '../../../src/domain';

/** How the preview names the role an item plays; the project decides the actual issue type. */
export const ROLE_LABELS: Readonly<Record<IssueRole, string>> = {
  epic: 'Epic',
  standard: 'Story / task',
  subtask: 'Sub-task',
};
