/**
 * Which Jira issue type each plan item is created as, when the run starts. The plan was built
 * with the project's types of that moment; if the type it names is gone or moved level, the
 * role's type is chosen again by the domain's one rule (`resolveIssueTypes`: by hierarchy level,
 * never by name, lowest id first), so the preview and the run cannot pick differently.
 */
import { resolveIssueTypes } from '../../domain';
import { LEVEL_OF_ROLE, type IssueRole, type IssueTypeInfo, type Plan } from '../../domain/plan';
import { ExecutorError } from '../executor-errors';

const ROLE_WORDS: Record<IssueRole, string> = {
  epic: 'epic (hierarchy level 1)',
  standard: 'standard issue (hierarchy level 0)',
  subtask: 'sub-task (hierarchy level -1)',
};

function fitsRole(type: IssueTypeInfo, role: IssueRole): boolean {
  return type.hierarchyLevel === LEVEL_OF_ROLE[role] && type.subtask === (role === 'subtask');
}

/**
 * Maps every item's local id to the issue type it will be created as, or throws
 * `MISSING_ISSUE_TYPE` naming each level the project lacks (before anything is created).
 */
export function resolveItemIssueTypes(
  plan: Plan,
  types: readonly IssueTypeInfo[],
): Map<string, IssueTypeInfo> {
  const byId = new Map(types.map((t) => [t.id, t]));
  const resolved = new Map<string, IssueTypeInfo>();
  const missing = new Set<IssueRole>();
  const fallback = new Map<IssueRole, IssueTypeInfo | undefined>();
  const fallbackFor = (role: IssueRole) => {
    if (!fallback.has(role)) {
      const chosen = resolveIssueTypes(types, {}, [role]);
      fallback.set(role, chosen.ok ? byId.get(chosen.typeIds[role] ?? '') : undefined);
    }
    return fallback.get(role);
  };
  for (const item of plan.items) {
    const named = byId.get(item.issueTypeId);
    const type = named && fitsRole(named, item.role) ? named : fallbackFor(item.role);
    if (type) resolved.set(item.localId, type);
    else missing.add(item.role);
  }
  if (missing.size > 0) {
    const roles = [...missing];
    throw new ExecutorError(
      'MISSING_ISSUE_TYPE',
      `Project ${plan.projectId} has no issue type you can create for: ${roles.map((r) => ROLE_WORDS[r]).join(', ')}. ` +
        'Nothing was created.',
      { projectId: plan.projectId, missingRoles: roles },
    );
  }
  return resolved;
}
