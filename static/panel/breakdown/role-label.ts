import type { IssueRole } from '../../../src/domain';

/** Names a role only when the project's issue type is unknown to the preview (never expected). */
export const ROLE_LABELS: Readonly<Record<IssueRole, string>> = {
  epic: 'Epic',
  standard: 'Standard issue',
  subtask: 'Sub-task',
};
