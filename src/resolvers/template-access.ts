/**
 * Who may change templates, and whose templates a module edits. Every resolver of the app can be
 * invoked from any of its modules, so the write resolvers check the permission themselves, as
 * the user, for the context's project (or the site), never for anything a payload names.
 */
import type { AppEnvironment } from '../app-environment';
import { getMyGlobalPermissions } from '../jira/operations/get-my-global-permissions';
import { getMyPermissions } from '../jira/operations/get-my-permissions';
import type { TemplateOwner } from '../storage/template-store';
import { AppError } from './app-error';
import type { CallerScope } from './invocation-context';

/** The project's own templates from a project module; the site library from the admin page. */
export function ownerOf(caller: CallerScope): TemplateOwner {
  return caller.kind === 'site'
    ? { kind: 'site' }
    : { kind: 'project', projectId: caller.scope.projectId };
}

/** ADMINISTER_PROJECTS in the context's project, or ADMINISTER (Jira admin) for the site. */
export async function mayEditTemplates(
  env: Pick<AppEnvironment, 'jira'>,
  caller: CallerScope,
): Promise<boolean> {
  const jira = env.jira('user').requester;
  if (caller.kind === 'site') {
    return (await getMyGlobalPermissions(jira, ['ADMINISTER'])).ADMINISTER === true;
  }
  const held = await getMyPermissions(jira, caller.scope.projectId, ['ADMINISTER_PROJECTS']);
  return held.ADMINISTER_PROJECTS === true;
}

export async function requireTemplateEditor(
  env: Pick<AppEnvironment, 'jira'>,
  caller: CallerScope,
): Promise<TemplateOwner> {
  if (!(await mayEditTemplates(env, caller))) {
    throw new AppError(
      'FORBIDDEN',
      caller.kind === 'site'
        ? 'Only Jira administrators can change the site’s template library.'
        : `Only administrators of ${caller.scope.projectKey} can change its templates.`,
    );
  }
  return ownerOf(caller);
}
