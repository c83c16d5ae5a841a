/**
 * `automation/templates`: what the configuration form of a rule's Backend Breakdown action picks
 * from. Atlassian documents the form's context only as holding the saved inputs
 * (`extension.data.inputs`), not which project the rule belongs to, so the project is used when
 * the context names one (a project rule) and otherwise the site's templates are offered; the
 * project's default is what an empty choice means, and the action resolves it when it runs.
 */
import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { BUILT_IN_TEMPLATES, fanOutItems, type Template } from '../domain';
import type { AppEnvironment } from '../app-environment';
import { AppError } from './app-error';
import { defineResolverIn } from './define-resolver';

const formContextSchema = z.object({
  accountId: z.string().min(1),
  extension: z.object({ project: z.object({ id: z.coerce.string() }).optional() }).optional(),
});

function formCaller(context: unknown): { accountId: string; projectId: string | null } {
  const parsed = formContextSchema.safeParse(context);
  if (!parsed.success) {
    throw new AppError(
      'UNSUPPORTED_CONTEXT',
      'The action form must be opened by a person in Jira.',
    );
  }
  return {
    accountId: parsed.data.accountId,
    projectId: parsed.data.extension?.project?.id ?? null,
  };
}

const option = (template: Template, scope: 'built-in' | 'site' | 'project') => ({
  id: template.id,
  name: template.name,
  scope,
  subtasks: fanOutItems(template).map((item) => ({ key: item.key, name: item.name })),
});

export function registerAutomationTemplates(resolver: Resolver, env: AppEnvironment): void {
  defineResolverIn(resolver, 'automation/templates', formCaller, async (_input, caller) => {
    const [library, own] = await Promise.all([
      env.templates.listTemplates({ kind: 'site' }),
      caller.projectId === null
        ? Promise.resolve([])
        : env.templates.listTemplates({ kind: 'project', projectId: caller.projectId }),
    ]);
    const shadowed = new Set(own.map((o) => o.template.id));
    return {
      templates: [
        ...BUILT_IN_TEMPLATES.map((t) => option(t, 'built-in')),
        ...library
          .filter((s) => !shadowed.has(s.template.id))
          .map((s) => option(s.template, 'site')),
        ...own.map((s) => option(s.template, 'project')),
      ],
    };
  });
}
