import { route } from '@forge/api';
import { z } from 'zod';
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

/**
 * Jira's `Project` as the app reads it. The spec makes every field optional; the app needs the
 * id, key and name of the project it asked for, and reads `style` and `issueTypes` when given.
 */
const projectSchema = z.looseObject({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  style: z.string().optional(),
  issueTypes: z
    .array(z.looseObject({ id: z.string().optional(), name: z.string().optional() }))
    .optional(),
});

/** `GET /rest/api/3/project/{projectIdOrKey}`. */
export async function getProject(
  jira: JiraRequester,
  projectIdOrKey: string,
): Promise<JiraProject> {
  const { body } = await jira.send({
    operation: 'getProject',
    method: 'GET',
    route: route`/rest/api/3/project/${projectIdOrKey}`,
    retry: 'transient',
    answer: projectSchema,
  });
  return {
    id: body.id,
    key: body.key,
    name: body.name,
    style: body.style === 'next-gen' ? 'next-gen' : 'classic',
    issueTypes: (body.issueTypes ?? []).flatMap((t) =>
      t.id !== undefined && t.name !== undefined ? [{ id: t.id, name: t.name }] : [],
    ),
  };
}
