import type { AppEnvironment } from '../app-environment';
import type { Template } from '../domain';
import type { InvocationScope } from './invocation-context';
import { templateForProject } from './template-source';

/**
 * The one place the epic fan-out loads a template: the project's own, then the site library's,
 * then the built-in, as the panel's plan does (`templateForProject`).
 */
export async function loadFanOutTemplate(
  env: Pick<AppEnvironment, 'templates'>,
  scope: InvocationScope,
  templateId: string,
): Promise<Template> {
  return (await templateForProject(env, scope.projectId, templateId)).template;
}
