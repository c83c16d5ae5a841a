import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequester } from '../jira-request';

/**
 * `DELETE /rest/api/3/issue/{issueIdOrKey}`. Sub-tasks are not deleted along with their parent:
 * the caller deletes children first, so an unexpected sub-task makes Jira refuse instead.
 */
export async function deleteIssue(jira: JiraRequester, issueIdOrKey: string): Promise<void> {
  await jira.send({
    operation: 'deleteIssue',
    method: 'DELETE',
    route: route`/rest/api/3/issue/${issueIdOrKey}?deleteSubtasks=false`,
    retry: 'transient',
    // 204, no content.
    answer: z.unknown(),
  });
}
