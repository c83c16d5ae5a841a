import type Resolver from '@forge/resolver';
import type { TemplateSummary } from '../contract';
import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_ID, type Template } from '../domain';
import type { AppEnvironment } from '../app-environment';
import type { StoredTemplate } from '../storage/template-store';
import { AppError } from './app-error';
import { defineResolverIn } from './define-resolver';
import { callerFromContext } from './invocation-context';
import { mayEditTemplates, ownerOf, requireTemplateEditor } from './template-access';
import { displayNames } from './display-names';
import { saveChecked } from './template-save';
import { effectiveDefaultId, isBuiltInId, requireTemplate } from './template-source';

const summary = (
  template: Template,
  stored: Pick<StoredTemplate, 'savedAt' | 'savedBy'> | null,
  scope: TemplateSummary['scope'],
  defaultId: string,
  names: ReadonlyMap<string, string | null> = new Map(),
): TemplateSummary => ({
  id: template.id,
  name: template.name,
  description: template.description,
  version: template.version,
  builtIn: scope === 'built-in',
  scope,
  savedBy: stored?.savedBy ?? null,
  savedByName: stored ? (names.get(stored.savedBy) ?? null) : null,
  savedAt: stored?.savedAt ?? null,
  isDefault: template.id === defaultId,
});

/**
 * The template resolvers. From a project module they read every template the project can use
 * and change the project's own; from the admin page they change the site library.
 */
export function registerTemplateResolvers(resolver: Resolver, env: AppEnvironment): void {
  const { templates } = env;
  defineResolverIn(resolver, 'template/list', callerFromContext, async (_input, caller) => {
    const owner = ownerOf(caller);
    const [library, own, defaultTemplateId, canEdit] = await Promise.all([
      templates.listTemplates({ kind: 'site' }),
      owner.kind === 'project' ? templates.listTemplates(owner) : Promise.resolve([]),
      owner.kind === 'project' ? effectiveDefaultId(env, owner.projectId) : DEFAULT_TEMPLATE_ID,
      mayEditTemplates(env, caller),
    ]);
    const shownLibrary = library.filter((s) => !own.some((o) => o.template.id === s.template.id));
    const names = await displayNames(
      env,
      [...shownLibrary, ...own].map((s) => s.savedBy),
    );
    return {
      templates: [
        ...BUILT_IN_TEMPLATES.map((t) => summary(t, null, 'built-in', defaultTemplateId)),
        // A project template under a library template's id takes its place in this project.
        ...shownLibrary.map((s) => summary(s.template, s, 'site', defaultTemplateId, names)),
        ...own.map((s) => summary(s.template, s, 'project', defaultTemplateId, names)),
      ],
      defaultTemplateId,
      owner: owner.kind,
      canEdit,
    };
  });

  defineResolverIn(resolver, 'template/get', callerFromContext, async (input, caller) => {
    const owner = ownerOf(caller);
    if (input.version === undefined)
      return requireTemplate(env, owner, input.templateId, input.scope);
    const old = await templates.getTemplateVersion(owner, input.templateId, input.version);
    if (!old) {
      throw new AppError(
        'NOT_FOUND',
        `Template "${input.templateId}" has no version ${input.version}.`,
      );
    }
    return { ...old, scope: owner.kind };
  });

  defineResolverIn(resolver, 'template/save', callerFromContext, async (input, caller) => {
    const owner = await requireTemplateEditor(env, caller);
    return saveChecked(env, caller, owner, input.template, input.baseVersion);
  });

  defineResolverIn(resolver, 'template/restore', callerFromContext, async (input, caller) => {
    const owner = await requireTemplateEditor(env, caller);
    const old = await templates.getTemplateVersion(owner, input.templateId, input.version);
    if (!old) {
      throw new AppError(
        'NOT_FOUND',
        `Template "${input.templateId}" has no version ${input.version}.`,
      );
    }
    // An older version may name a type or field the project has since dropped: checked again.
    return saveChecked(env, caller, owner, old.template, input.baseVersion, input.version);
  });

  defineResolverIn(resolver, 'template/delete', callerFromContext, async (input, caller) => {
    const owner = await requireTemplateEditor(env, caller);
    if (isBuiltInId(input.templateId)) {
      throw new AppError('INVALID_INPUT', 'Built-in templates cannot be deleted.');
    }
    const deleted = await templates.deleteTemplate(owner, input.templateId, caller.accountId);
    if (owner.kind === 'site') return { deleted, defaultTemplateId: null };
    if ((await templates.getDefaultTemplateId(owner.projectId)) === input.templateId) {
      await templates.clearDefaultTemplateId(owner.projectId);
    }
    return { deleted, defaultTemplateId: await effectiveDefaultId(env, owner.projectId) };
  });

  defineResolverIn(resolver, 'template/set-default', callerFromContext, async (input, caller) => {
    const owner = await requireTemplateEditor(env, caller);
    if (owner.kind === 'site') {
      throw new AppError(
        'UNSUPPORTED_CONTEXT',
        'A default template is chosen per project, in its settings.',
      );
    }
    await requireTemplate(env, owner, input.templateId);
    await templates.setDefaultTemplateId(owner.projectId, input.templateId, caller.accountId);
    return { defaultTemplateId: input.templateId };
  });

  defineResolverIn(resolver, 'template/versions', callerFromContext, async (input, caller) => {
    const versions = await templates.listTemplateVersions(ownerOf(caller), input.templateId);
    const names = await displayNames(
      env,
      versions.map((v) => v.savedBy),
    );
    return { versions: versions.map((v) => ({ ...v, savedByName: names.get(v.savedBy) ?? null })) };
  });
}
