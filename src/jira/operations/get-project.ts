import { route } from '@forge/api';
import type { JiraRequester } from '../jira-request';

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  /** `classic` is company-managed, `next-gen` team-managed. */
  style: 'classic' | 'next-gen';
}

/** `GET /rest/api/3/project/{projectIdOrKey}`. */
export async function getProject(
  jira: JiraRequester,
  projectIdOrKey: string,
): Promise<JiraProject> {
  const { body } = await jira.send<JiraProject & { style?: string }>({
    operation: 'getProject',
    method: 'GET',
    route: route`/rest/api/3/project/${projectIdOrKey}`,
    retry: 'transient',
  });
  return {
    id: body.id,
    key: body.key,
    name: body.name,
    style: body.style === 'next-gen' ? 'next-gen' : 'classic',
  };
}
