import { route } from '@forge/api';
import type { JiraRequester } from '../jira-request';

export interface JiraUser {
  accountId: string;
  displayName: string;
}

/** `GET /rest/api/3/myself`: the person the request acts for. */
export async function getMyself(jira: JiraRequester): Promise<JiraUser> {
  const { body } = await jira.send<JiraUser>({
    operation: 'getCurrentUser',
    method: 'GET',
    route: route`/rest/api/3/myself`,
    retry: 'transient',
  });
  return { accountId: body.accountId, displayName: body.displayName };
}
