import type Resolver from '@forge/resolver';
import { emptyDraft } from '../domain';
import { getDraft, saveDraft } from '../storage/draft-store';
import { defineResolver } from './define-resolver';
import { requireIssue } from './invocation-context';

/** The issue's breakdown draft: read it (an empty one before the first save) and save it. */
export function registerDraftResolvers(resolver: Resolver): void {
  defineResolver(resolver, 'draft/get', async (_input, scope) => {
    const issue = requireIssue(scope);
    const stored = await getDraft(issue.id);
    if (!stored) return { draft: emptyDraft(), version: 0, savedAt: null, savedBy: null };
    return stored;
  });

  defineResolver(resolver, 'draft/save', async (input, scope) => {
    const issue = requireIssue(scope);
    return saveDraft(issue.id, input.draft, input.baseVersion, scope.accountId);
  });
}
