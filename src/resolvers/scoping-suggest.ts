import type Resolver from '@forge/resolver';
import { emptyDraft, suggest } from '../domain';
import type { AppEnvironment } from '../app-environment';
import { AppError } from './app-error';
import { defineResolver } from './define-resolver';
import { requireIssue } from './invocation-context';

/**
 * What the suggestion rules offer for the issue's saved draft (for one service, or all): reading
 * only, like `draft/get`. Accepting and dismissing are edits of the draft, saved with `draft/save`.
 */
export function registerScopingSuggest(resolver: Resolver, env: AppEnvironment): void {
  defineResolver(resolver, 'scoping/suggest', async ({ serviceId }, scope) => {
    const issue = requireIssue(scope);
    const stored = await env.drafts.getDraft(issue.id);
    const draft = stored?.draft ?? emptyDraft();
    if (serviceId !== undefined && !draft.scoping.services.some((s) => s.id === serviceId)) {
      throw new AppError('NOT_FOUND', `The saved draft has no service "${serviceId}".`);
    }
    return { suggestions: suggest(draft, serviceId), draftVersion: stored?.version ?? 0 };
  });
}
