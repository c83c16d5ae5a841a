import type Resolver from '@forge/resolver';
import { BUILT_IN_TEMPLATES } from '../domain';
import type { AppEnvironment } from '../app-environment';
import { AppError } from './app-error';
import { defineResolverIn } from './define-resolver';
import { callerFromContext } from './invocation-context';
import { ownerOf, requireTemplateEditor } from './template-access';
import { readTemplateFile, templateFileName, writeTemplateFile } from './template-file';
import { saveChecked } from './template-save';
import { isBuiltInId, requireTemplate } from './template-source';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Export a template as a JSON or YAML file, and import one: all of it, or nothing. */
export function registerTemplateFiles(resolver: Resolver, env: AppEnvironment): void {
  defineResolverIn(resolver, 'template/export', callerFromContext, async (input, caller) => {
    const found = await requireTemplate(env, ownerOf(caller), input.templateId, input.scope);
    return {
      fileName: templateFileName(found.template.id, input.format),
      text: writeTemplateFile(found.template, input.format),
    };
  });

  defineResolverIn(resolver, 'template/import', callerFromContext, async (input, caller) => {
    const owner = await requireTemplateEditor(env, caller);
    const read = readTemplateFile(input.text);
    if (!read.ok) {
      const first = read.problems[0];
      const where = first?.line === undefined ? '' : ` (line ${first.line})`;
      throw new AppError(
        'INVALID_INPUT',
        `The file has ${plural(read.problems.length, 'problem')}; nothing was imported. First: ${first?.path ? `${first.path}: ` : ''}${first?.message ?? ''}${where}`,
        read.problems,
      );
    }
    const template = read.template;
    const builtIn = isBuiltInId(template.id);
    const existing = builtIn ? null : await env.templates.getTemplate(owner, template.id);
    if (!builtIn && !existing) {
      return { status: 'imported', stored: await saveChecked(env, caller, owner, template, 0) };
    }
    if (input.onExisting === undefined || (builtIn && input.onExisting === 'replace')) {
      return {
        status: 'exists',
        templateId: template.id,
        name: existing?.template.name ?? template.name,
        currentVersion: existing?.version ?? 0,
        canReplace: !builtIn,
      };
    }
    if (input.onExisting === 'replace') {
      if (input.baseVersion === undefined) {
        throw new AppError(
          'INVALID_INPUT',
          'Replacing a template needs the version you are replacing (baseVersion).',
        );
      }
      return {
        status: 'imported',
        stored: await saveChecked(env, caller, owner, template, input.baseVersion),
      };
    }
    const taken = new Set([
      ...BUILT_IN_TEMPLATES.map((t) => t.id),
      ...(await env.templates.listTemplates(owner)).map((t) => t.template.id),
    ]);
    const id = freeId(template.id, taken);
    const copy = { ...template, id, name: `${template.name} (copy)`.slice(0, 100) };
    return { status: 'imported', stored: await saveChecked(env, caller, owner, copy, 0) };
  });
}

/** `<id>-copy`, then `<id>-copy-2`, …: the first id not taken, within the 64-character limit. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = `${id.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
