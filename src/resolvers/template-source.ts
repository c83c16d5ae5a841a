/**
 * Finding a template by id for a project: its own, then the site library's, then the built-in
 * ones; and the project's default, which the panel, the epic action and the plan resolvers use.
 */
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_ID, builtInTemplate } from '../domain';
import type { StoredTemplateView, TemplateScope } from '../contract';
import type { AppEnvironment } from '../app-environment';
import type { StoredTemplate, TemplateOwner } from '../storage/template-store';
import { AppError } from './app-error';

const view = (stored: StoredTemplate, scope: TemplateScope): StoredTemplateView => ({
  ...stored,
  scope,
});

function builtInView(templateId: string): StoredTemplateView | null {
  const template = builtInTemplate(templateId);
  if (!template) return null;
  return { template, scope: 'built-in', version: template.version, savedAt: null, savedBy: null };
}

export const isBuiltInId = (templateId: string) =>
  BUILT_IN_TEMPLATES.some((template) => template.id === templateId);

/**
 * The template `templateId` as `owner` sees it: for a project, its own before the library's
 * before the built-in; for the site, the library's before the built-in. With `scope`, only there.
 */
export async function findTemplate(
  env: Pick<AppEnvironment, 'templates'>,
  owner: TemplateOwner,
  templateId: string,
  scope?: TemplateScope,
): Promise<StoredTemplateView | null> {
  const wanted = (s: TemplateScope) => scope === undefined || scope === s;
  if (owner.kind === 'project' && wanted('project')) {
    const own = await env.templates.getTemplate(owner, templateId);
    if (own) return view(own, 'project');
  }
  if (wanted('site')) {
    const library = await env.templates.getTemplate({ kind: 'site' }, templateId);
    if (library) return view(library, 'site');
  }
  return wanted('built-in') ? builtInView(templateId) : null;
}

export async function requireTemplate(
  env: Pick<AppEnvironment, 'templates'>,
  owner: TemplateOwner,
  templateId: string,
  scope?: TemplateScope,
): Promise<StoredTemplateView> {
  const found = await findTemplate(env, owner, templateId, scope);
  if (!found) throw new AppError('NOT_FOUND', `There is no template "${templateId}".`);
  return found;
}

/** The project's default template id: the one it chose while it still exists, else the app's. */
export async function effectiveDefaultId(
  env: Pick<AppEnvironment, 'templates'>,
  projectId: string,
): Promise<string> {
  const chosen = await env.templates.getDefaultTemplateId(projectId);
  if (chosen && (await findTemplate(env, { kind: 'project', projectId }, chosen))) return chosen;
  return DEFAULT_TEMPLATE_ID;
}

/** The template a project's breakdown uses: the one asked for, or the project's default. */
export async function templateForProject(
  env: Pick<AppEnvironment, 'templates'>,
  projectId: string,
  templateId?: string,
): Promise<StoredTemplateView> {
  const id = templateId ?? (await effectiveDefaultId(env, projectId));
  return requireTemplate(env, { kind: 'project', projectId }, id);
}
