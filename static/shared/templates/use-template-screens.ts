import type { ScreenField, TemplateScreens } from '../../../src/contract';
import type { CreateScreens, IssueRole, IssueTypeInfo, Template } from '../../../src/domain';
import { useResolver, type ResolverState } from '../use-resolver';

/**
 * What the context's project allows the template being edited, as the server answers it
 * (`template/screens`): asked again when the template's own type choices change.
 */
export function useTemplateScreens(
  issueTypeIds: Template['issueTypeIds'],
): [ResolverState<TemplateScreens>, () => void] {
  return useResolver('template/screens', { issueTypeIds });
}

/** The screens of a project, per role (none for the site library). */
export function screensByRole(
  screens: TemplateScreens | null,
): Partial<Record<IssueRole, readonly ScreenField[]>> {
  if (!screens || screens.owner === 'site') return {};
  const out: Partial<Record<IssueRole, readonly ScreenField[]>> = {};
  for (const role of ['epic', 'standard', 'subtask'] as const) {
    if (screens.roles[role].type) out[role] = screens.roles[role].fields;
  }
  return out;
}

/** The screens in the shape the domain's check takes (the same check the server makes on save). */
export const asCreateScreens = (
  screens: Partial<Record<IssueRole, readonly ScreenField[]>>,
): CreateScreens =>
  Object.fromEntries(
    Object.entries(screens).map(([role, fields]) => [
      role,
      fields.map((f) => ({
        fieldId: f.fieldId,
        name: f.name,
        ...(f.kind === 'number' || f.kind === 'option' ? { type: f.kind } : {}),
        ...(f.allowed === null ? {} : { allowedIds: f.allowed.map((a) => a.id) }),
      })),
    ]),
  );

/** The project's types as the plan preview takes them. */
export const previewTypes = (screens: TemplateScreens | null): IssueTypeInfo[] | null =>
  screens && screens.owner === 'project'
    ? screens.issueTypes.map((t) => ({
        id: t.id,
        name: t.name,
        hierarchyLevel: t.hierarchyLevel,
        subtask: t.subtask,
        ...(t.iconUrl ? { iconUrl: t.iconUrl } : {}),
      }))
    : null;
