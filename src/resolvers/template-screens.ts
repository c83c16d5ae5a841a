import type Resolver from '@forge/resolver';
import type { AppEnvironment } from '../app-environment';
import {
  type RoleScreen,
  type ScreenField,
  type ScreenIssueType,
  type TemplateScreens,
} from '../contract';
import { defaultableField, resolveIssueTypes, typesForRole, type IssueRole } from '../domain';
import type { CreateMetaIssueType } from '../jira/operations/get-create-meta-issue-types';
import { AppError } from './app-error';
import { defineResolverIn } from './define-resolver';
import { callerFromContext, type InvocationScope } from './invocation-context';

const ROLE_WORDS: Readonly<Record<IssueRole, string>> = {
  epic: 'epic',
  standard: 'standard issue (story, task)',
  subtask: 'sub-task',
};

const shown = (type: CreateMetaIssueType): ScreenIssueType => ({
  id: type.id,
  name: type.name,
  iconUrl: type.iconUrl ?? null,
  hierarchyLevel: type.hierarchyLevel,
  subtask: type.subtask,
});

/**
 * What the context's project allows a template, read from Jira as the person: per role the type
 * Jira would use (the template's choice, else by hierarchy level, the same rule a run uses) and
 * the fields of its create screen a template may default, by name. Every page of createmeta is
 * read; a failure is the resolver's error, never an empty screen.
 */
async function projectScreens(
  env: AppEnvironment,
  scope: InvocationScope,
  chosen: Partial<Record<IssueRole, string>>,
): Promise<TemplateScreens> {
  const jira = env.jira('user');
  const types = await jira.getCreateMetaIssueTypes(scope.projectId);
  const fieldsOf = new Map<string, Promise<ScreenField[]>>();
  const screenOf = (typeId: string) => {
    let fields = fieldsOf.get(typeId);
    if (!fields) {
      fields = jira.getCreateMetaFields(scope.projectId, typeId).then((all) =>
        all.flatMap((field) => {
          const offered = defaultableField(field);
          return offered ? [offered] : [];
        }),
      );
      fieldsOf.set(typeId, fields);
    }
    return fields;
  };
  const roleScreen = async (role: IssueRole): Promise<RoleScreen> => {
    const choices = typesForRole(types, role).map(shown);
    if (types.length === 0) {
      return {
        type: null,
        choices,
        problem: `Jira shows you no issue types of ${scope.projectKey}: you need the "Create issues" permission there to see its create screens.`,
        fields: [],
      };
    }
    const resolved = resolveIssueTypes(types, chosen, [role]);
    const typeId = resolved.ok ? resolved.typeIds[role] : undefined;
    const type = types.find((t) => t.id === typeId);
    if (!resolved.ok || !type) {
      return {
        type: null,
        choices,
        problem: resolved.ok
          ? `${scope.projectKey} has no ${ROLE_WORDS[role]} issue type.`
          : resolved.error.message,
        fields: [],
      };
    }
    return { type: shown(type), choices, problem: null, fields: await screenOf(type.id) };
  };
  const [epic, standard, subtask] = await Promise.all([
    roleScreen('epic'),
    roleScreen('standard'),
    roleScreen('subtask'),
  ]);
  return {
    owner: 'project',
    project: { key: scope.projectKey },
    roles: { epic, standard, subtask },
    issueTypes: types.map(shown),
  };
}

/** `template/screens`: the project's types and create screens as a template may use them. */
export function registerTemplateScreens(resolver: Resolver, env: AppEnvironment): void {
  defineResolverIn(resolver, 'template/screens', callerFromContext, async (input, caller) => {
    if (caller.kind === 'site') return { owner: 'site' };
    // The template pages' question: from an issue's modules it has no use.
    if (caller.scope.moduleType !== 'jira:projectSettingsPage') {
      throw new AppError(
        'UNSUPPORTED_CONTEXT',
        'Create screens for templates are read from project settings or the template library.',
      );
    }
    return projectScreens(env, caller.scope, input.issueTypeIds);
  });
}
