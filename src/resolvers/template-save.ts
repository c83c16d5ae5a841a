import type { StoredTemplateView, TemplateConflict } from '../contract';
import type { Template } from '../domain';
import type { AppEnvironment } from '../app-environment';
import { TemplateConflictError, type TemplateOwner } from '../storage/template-store';
import { displayNames } from './display-names';
import { AppError } from './app-error';
import type { CallerScope } from './invocation-context';
import { projectProblems } from './template-project-check';
import { isBuiltInId } from './template-source';

/** A stored template stays far under KVS's 240 KiB per value, with its version index beside it. */
export const TEMPLATE_MAX_BYTES = 100 * 1024;

/**
 * Saves a template the contract's schema already accepted, after the checks that need more than
 * its shape: its id is not a built-in's, it fits in storage, and (for a project's own) the
 * issue types and field defaults it names exist in the project.
 */
export async function saveChecked(
  env: AppEnvironment,
  caller: CallerScope,
  owner: TemplateOwner,
  template: Template,
  baseVersion: number,
  /** When this save restores an older version (recorded in the version list). */
  restoredFrom?: number,
): Promise<StoredTemplateView> {
  if (isBuiltInId(template.id)) {
    throw new AppError(
      'INVALID_INPUT',
      `"${template.id}" is a built-in template's id: save your version under another id.`,
      [{ path: 'id', message: 'This id belongs to a built-in template' }],
    );
  }
  const bytes = new TextEncoder().encode(JSON.stringify(template)).length;
  if (bytes > TEMPLATE_MAX_BYTES) {
    throw new AppError(
      'INVALID_INPUT',
      `The template is ${Math.ceil(bytes / 1024)} KiB; a template can be at most ${TEMPLATE_MAX_BYTES / 1024} KiB.`,
    );
  }
  if (owner.kind === 'project') {
    const problems = await projectProblems(env, owner.projectId, template);
    if (problems.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `The template does not fit this project: ${problems.map((p) => p.message).join('; ')}.`,
        problems.map((p) => ({ path: `template.${p.path}`, message: p.message })),
      );
    }
  }
  try {
    const stored = await env.templates.saveTemplate(
      owner,
      template,
      baseVersion,
      caller.accountId,
      new Date(env.now()),
      restoredFrom,
    );
    return { ...stored, scope: owner.kind };
  } catch (error) {
    if (!(error instanceof TemplateConflictError)) throw error;
    throw new AppError(
      'CONFLICT',
      error.message,
      await conflictDetails(env, caller, owner, template.id, error),
    );
  }
}

/**
 * Who saved the version in the way, and when: worth one request or two, since the admin must
 * decide whose edits win. The name is asked as the caller, so only a name they may see is shown.
 */
async function conflictDetails(
  env: AppEnvironment,
  caller: CallerScope,
  owner: TemplateOwner,
  templateId: string,
  error: TemplateConflictError,
): Promise<TemplateConflict> {
  const current = await env.templates.getTemplate(owner, templateId);
  const savedBy = current?.savedBy ?? null;
  const byYou = savedBy === caller.accountId;
  const names = savedBy && !byYou ? await displayNames(env, [savedBy]) : new Map<string, null>();
  return {
    currentVersion: current?.version ?? error.currentVersion,
    savedBy,
    savedAt: current?.savedAt ?? null,
    savedByName: savedBy ? (names.get(savedBy) ?? null) : null,
    byYou,
  };
}
