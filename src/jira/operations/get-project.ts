import { route } from '@forge/api';
import type { JiraRequester } from '../jira-request';

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  /** `classic` is company-managed, `next-gen` team-managed. */
  style: 'classic' | 'next-gen';
  /**
   * The project's issue types by name, as anyone who may browse it sees them ("issue types … are
   * included in all responses by default"), unlike createmeta, which lists them only to someone
   * who may create issues.
   */
  issueTypes: { id: string; name: string }[];
}

/** `GET /rest/api/3/project/{projectIdOrKey}`. */
export async function getProject(
  jira: JiraRequester,
  projectIdOrKey: string,
): Promise<JiraProject> {
  const { body } = await jira.send<
    Omit<JiraProject, 'issueTypes'> & {
      style?: string;
      issueTypes?: { id?: unknown; name?: unknown }[];
    }
  >({
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
    issueTypes: (body.issueTypes ?? []).flatMap((t) =>
      typeof t.id === 'string' && typeof t.name === 'string' ? [{ id: t.id, name: t.name }] : [],
    ),
  };
}
