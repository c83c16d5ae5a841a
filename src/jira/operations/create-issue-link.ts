import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequester } from '../jira-request';

export interface IssueLinkRequest {
  type: { name: string } | { id: string };
  inwardIssue: { key: string };
  outwardIssue: { key: string };
}

/**
 * `POST /rest/api/3/issueLink`. Jira treats a duplicate link as created, so a retry after a
 * lost response is harmless and transient failures are retried here.
 */
export async function createIssueLink(jira: JiraRequester, link: IssueLinkRequest): Promise<void> {
  await jira.send({
    operation: 'linkIssues',
    method: 'POST',
    route: route`/rest/api/3/issueLink`,
    body: link,
    retry: 'transient',
    // Jira answers 201 without a body the app reads.
    answer: z.unknown(),
  });
}
