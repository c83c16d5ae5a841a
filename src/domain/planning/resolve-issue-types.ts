import { LEVEL_OF_ROLE, type IssueRole, type IssueTypeInfo } from '../plan';
import type { Template } from '../template/template-schema';
import type { BuildPlanError } from './plan-error';

const ROLE_NAMES: Readonly<Record<IssueRole, string>> = {
  epic: 'epic',
  standard: 'standard issue (story, task)',
  subtask: 'sub-task',
};

/** Numeric ids compare as numbers; Jira's ids are numeric strings, "10001" < "9" as text. */
function compareIds(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b) && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function fitsRole(type: IssueTypeInfo, role: IssueRole): boolean {
  return type.hierarchyLevel === LEVEL_OF_ROLE[role] && type.subtask === (role === 'subtask');
}

/** The project's types an item of `role` may be created as, lowest id first (the default first). */
export function typesForRole<T extends IssueTypeInfo>(
  issueTypes: readonly T[],
  role: IssueRole,
): T[] {
  return issueTypes.filter((type) => fitsRole(type, role)).sort((a, b) => compareIds(a.id, b.id));
}

export type ResolvedIssueTypes =
  { ok: true; typeIds: Partial<Record<IssueRole, string>> } | { ok: false; error: BuildPlanError };

/**
 * Picks the issue type for each role the plan needs, by hierarchy level rather than by name
 * (sites are localised, types renamed). A type the template names explicitly wins; otherwise
 * the project's type at that level with the lowest id, so the choice is stable across runs.
 */
export function resolveIssueTypes(
  issueTypes: readonly IssueTypeInfo[],
  explicit: Template['issueTypeIds'],
  roles: readonly IssueRole[],
): ResolvedIssueTypes {
  const typeIds: Partial<Record<IssueRole, string>> = {};
  for (const role of roles) {
    const level = LEVEL_OF_ROLE[role];
    const wanted = explicit[role];
    if (wanted !== undefined) {
      const type = issueTypes.find((candidate) => candidate.id === wanted);
      if (!type || !fitsRole(type, role)) {
        return {
          ok: false,
          error: {
            code: 'unknown-issue-type',
            message: type
              ? `The template uses issue type "${type.name}" as the ${ROLE_NAMES[role]}, but it is at hierarchy level ${type.hierarchyLevel}, not ${level}`
              : `The template names an issue type for the ${ROLE_NAMES[role]} that this project does not have (or you cannot create): choose another`,
          },
        };
      }
      typeIds[role] = type.id;
      continue;
    }
    const chosen = typesForRole(issueTypes, role)[0];
    if (!chosen) {
      return {
        ok: false,
        error: {
          code: 'missing-issue-type',
          message: `The project has no ${ROLE_NAMES[role]} issue type (hierarchy level ${level}), which this plan needs`,
        },
      };
    }
    typeIds[role] = chosen.id;
  }
  return { ok: true, typeIds };
}
