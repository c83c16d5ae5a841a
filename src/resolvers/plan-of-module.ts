import { planIdOf } from '../domain';
import { requireIssue, type InvocationScope } from './invocation-context';

/**
 * The plan a module works on: the epic action fans out over the epic's children (`epic-<id>`),
 * the panel breaks its issue down (`issue-<id>`). The manifest opens the epic action only on
 * epics, so the module says which.
 */
export function planIdOfModule(scope: InvocationScope): string {
  const issue = requireIssue(scope);
  return planIdOf({
    kind: scope.moduleType === 'jira:issueAction' ? 'fan-out' : 'breakdown',
    issueId: issue.id,
  });
}
