import { z } from 'zod';
import type { DevJira } from './dev-jira';

export const MODULES = {
  'jira:issuePanel': { moduleKey: 'backend-breakdown-panel', resource: 'panel' },
  'jira:issueAction': { moduleKey: 'backend-breakdown-epic-action', resource: 'epic-action' },
  'jira:projectSettingsPage': { moduleKey: 'backend-breakdown-settings', resource: 'settings' },
  'jira:adminPage': { moduleKey: 'backend-breakdown-library', resource: 'admin' },
  /** An Automation action's configuration form; its module key is the action's (`actionKey`). */
  action: { moduleKey: 'generate-template-subtasks', resource: 'automation-config' },
} as const;
export type ModuleType = keyof typeof MODULES;

export const contextRequestSchema = z
  .object({
    module: z.enum([
      'jira:issuePanel',
      'jira:issueAction',
      'jira:projectSettingsPage',
      'jira:adminPage',
      'action',
    ]),
    user: z.enum(['admin', 'member', 'viewer']).default('admin'),
    /** For `action`: which action's form (default `generate-template-subtasks`). */
    actionKey: z
      .string()
      .regex(/^[a-zA-Z0-9_-]{1,64}$/)
      .optional(),
    issueKey: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*-\d+$/)
      .optional(),
    projectKey: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .optional(),
  })
  .refine(
    (r) =>
      r.module === 'jira:adminPage' || r.module === 'action'
        ? true
        : r.module === 'jira:projectSettingsPage'
          ? !!r.projectKey
          : !!r.issueKey,
    {
      message:
        'Issue modules need issueKey; the project settings page needs projectKey; the admin page and an action form need neither.',
    },
  );
export type ContextRequest = z.infer<typeof contextRequestSchema>;

export class ContextError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const issueAnswer = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    issuetype: z.object({ id: z.string(), name: z.string() }),
    project: z.object({ id: z.string(), key: z.string(), projectTypeKey: z.string().optional() }),
  }),
});
const projectAnswer = z.object({ id: z.string(), key: z.string(), projectTypeKey: z.string() });
const myselfAnswer = z.object({ accountId: z.string() });

async function readJson<T>(response: Response, schema: z.ZodType<T>, what: string): Promise<T> {
  if (!response.ok) {
    throw new ContextError(
      response.status === 404 ? 404 : 502,
      `${what}: Jira answered ${response.status} ${await response.text()}`,
    );
  }
  return schema.parse(await response.json());
}

/**
 * Builds the invocation context Forge gives a Custom UI module (and its resolver calls): who is
 * signed in, and which issue or project the module was opened on. The person must be able to see
 * the issue, as in Jira. `siteUrl` is where `/browse/KEY` opens an issue (the host page itself
 * when Jira is the emulator, which has no issue view).
 */
export async function buildForgeContext(
  jira: DevJira,
  request: ContextRequest,
  siteUrl: string = jira.baseUrl,
) {
  const moduleKey =
    request.module === 'action'
      ? (request.actionKey ?? MODULES.action.moduleKey)
      : MODULES[request.module].moduleKey;
  const me = await readJson(
    await jira.request(request.user, '/rest/api/3/myself'),
    myselfAnswer,
    'Who is signed in',
  );
  const common = {
    accountId: me.accountId,
    cloudId: 'local-cloud-0000',
    moduleKey,
    localId: `${moduleKey}-${request.issueKey ?? request.projectKey ?? 'site'}`,
    locale: 'en-US',
    timezone: 'UTC',
    siteUrl,
    environmentType: 'DEVELOPMENT',
    theme: { colorMode: 'light' },
  };
  // The admin page belongs to the site: its context names no project and no issue.
  if (request.module === 'jira:adminPage')
    return { ...common, extension: { type: request.module } };
  if (request.module === 'action') {
    const project = request.projectKey
      ? await readJson(
          await jira.request(request.user, `/rest/api/3/project/${request.projectKey}`),
          projectAnswer,
          `Project ${request.projectKey}`,
        )
      : null;
    return {
      ...common,
      extension: {
        type: request.module,
        data: { inputs: {} },
        ...(project
          ? { project: { id: project.id, key: project.key, type: project.projectTypeKey } }
          : {}),
      },
    };
  }
  if (request.module === 'jira:projectSettingsPage') {
    const project = await readJson(
      await jira.request(request.user, `/rest/api/3/project/${request.projectKey ?? ''}`),
      projectAnswer,
      `Project ${request.projectKey ?? ''}`,
    );
    return {
      ...common,
      extension: {
        type: request.module,
        project: { id: project.id, key: project.key, type: project.projectTypeKey },
      },
    };
  }
  const issue = await readJson(
    await jira.request(
      request.user,
      `/rest/api/3/issue/${request.issueKey ?? ''}?fields=issuetype,project`,
    ),
    issueAnswer,
    `Issue ${request.issueKey ?? ''}`,
  );
  return {
    ...common,
    extension: {
      type: request.module,
      issue: {
        id: issue.id,
        key: issue.key,
        type: issue.fields.issuetype.name,
        typeId: issue.fields.issuetype.id,
      },
      project: {
        id: issue.fields.project.id,
        key: issue.fields.project.key,
        type: issue.fields.project.projectTypeKey ?? 'software',
      },
    },
  };
}
