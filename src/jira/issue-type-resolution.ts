/**
 * Which Jira issue type each plan item is created as. Types are matched by hierarchy level, never
 * by name: sites are localised ("Épica", "Subtarea") and admins rename types. The type the plan
 * names is kept when the project still offers it at the right level.
 */
import { LEVEL_OF_ROLE, type IssueRole, type IssueTypeInfo, type Plan } from '../domain/plan';
import { ExecutorError } from './executor-errors';

const ROLE_WORDS: Record<IssueRole, string> = {
  epic: 'epic (hierarchy level 1)',
  standard: 'standard issue (hierarchy level 0)',
  subtask: 'sub-task (hierarchy level -1)',
};

function fitsRole(type: IssueTypeInfo, role: IssueRole): boolean {
  if (type.hierarchyLevel !== LEVEL_OF_ROLE[role]) return false;
  return role === 'subtask' ? type.subtask : !type.subtask;
}

/** The project's default type for a role: the first createmeta offers at that level. */
export function defaultTypeForRole(
  types: readonly IssueTypeInfo[],
  role: IssueRole,
): IssueTypeInfo | undefined {
  return types.find((t) => fitsRole(t, role));
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
  for (const item of plan.items) {
    const named = byId.get(item.issueTypeId);
    const type = named && fitsRole(named, item.role) ? named : defaultTypeForRole(types, item.role);
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
