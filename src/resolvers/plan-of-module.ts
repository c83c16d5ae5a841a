import { planIdForEpic } from '../domain';
import { requireIssue, type InvocationScope } from './invocation-context';
import { planIdForIssue } from './plan-for-issue';

/**
 * The plan a module works on: the epic action fans out over the epic's children (`epic-<id>`),
 * the panel breaks its issue down (`issue-<id>`). The manifest opens the epic action only on
 * epics, so the module says which.
 */
export function planIdOfModule(scope: InvocationScope): string {
  const issue = requireIssue(scope);
  return scope.moduleType === 'jira:issueAction'
    ? planIdForEpic(issue.id)
    : planIdForIssue(issue.id);
}
