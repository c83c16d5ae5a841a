import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequester } from '../jira-request';

/**
 * The calling account's id, `GET /rest/api/3/myself` ("Get current user"). Asked as the app, it
 * names the account Jira records as `creator` of what the app creates (`ownership.ts`).
 */
export async function getMyAccountId(jira: JiraRequester): Promise<string | undefined> {
  const { body } = await jira.send({
    operation: 'getCurrentUser',
    method: 'GET',
    route: route`/rest/api/3/myself`,
    retry: 'transient',
    // `User`: every field optional in the spec.
    answer: z.looseObject({ accountId: z.string().optional() }),
  });
  return body.accountId;
}
