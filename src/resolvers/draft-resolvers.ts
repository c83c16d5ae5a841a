import type Resolver from '@forge/resolver';
import { emptyDraft } from '../domain';
import type { AppEnvironment } from '../app-environment';
import type { DraftConflict } from '../contract';
import { DraftConflictError } from '../storage/draft-store';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import { DRAFT_EDIT_PERMISSION } from './draft-edit-permission';
import { requireIssue } from './invocation-context';

/**
 * The issue's breakdown draft: anyone who can see the issue reads it (an empty one before the
 * first save); saving it takes the same "Edit issues" permission as editing the issue.
 */
export function registerDraftResolvers(resolver: Resolver, env: AppEnvironment): void {
  defineResolver(resolver, 'draft/get', async (_input, scope) => {
    const issue = requireIssue(scope);
    const stored = await env.drafts.getDraft(issue.id);
    if (!stored) return { draft: emptyDraft(), version: 0, savedAt: null, savedBy: null };
    return stored;
  });

  defineResolver(resolver, 'draft/save', async (input, scope) => {
    const issue = requireIssue(scope);
    const held = await env.jira('user').getMyPermissions(scope.projectId, [DRAFT_EDIT_PERMISSION]);
    if (!held[DRAFT_EDIT_PERMISSION]) {
      throw new AppError(
        'FORBIDDEN',
        `You need the "Edit issues" permission in ${scope.projectKey} to change this breakdown. You can still read it.`,
      );
    }
    try {
      return await env.drafts.saveDraft(issue.id, input.draft, input.baseVersion, scope.accountId);
    } catch (error) {
      if (!(error instanceof DraftConflictError)) throw error;
      throw new AppError(
        'CONFLICT',
        error.message,
        await conflictDetails(env, error, scope.accountId),
      );
    }
  });
}

/**
 * Who saved first, by name: a conflict is rare and the person must decide whose edits win, so it
 * is worth one request. Asked as the person, so only a name they may see anyway is shown.
 */
async function conflictDetails(
  env: AppEnvironment,
  error: DraftConflictError,
  me: string,
): Promise<DraftConflict> {
  const { savedBy } = error.saver;
  const savedByName =
    savedBy && savedBy !== me
      ? await env
          .jira('user')
          .getUserDisplayName(savedBy)
          .catch(() => null)
      : null;
  return { ...error.saver, savedByName };
}
