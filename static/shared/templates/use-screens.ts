import { useEffect, useState } from 'react';
import type { CreateScreens, IssueRole, IssueTypeInfo, Template } from '../../../src/domain';
import { screenFields, type ScreenField } from './template-edit';

const LEVEL: Record<IssueRole, number> = { epic: 1, standard: 0, subtask: -1 };

/** The type an item of `role` is created as: the template's choice, else the lowest id at its level. */
export function typeForRole(
  types: readonly IssueTypeInfo[],
  template: Template,
  role: IssueRole,
): string | undefined {
  const chosen = template.issueTypeIds[role];
  if (chosen !== undefined) return chosen;
  return types
    .filter((t) => t.hierarchyLevel === LEVEL[role] && t.subtask === (role === 'subtask'))
    .map((t) => t.id)
    .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/**
 * The create screens of the types each role uses in the project, read once per type. None on the
 * site library's page, which has no project.
 */
export function useScreens(
  projectKey: string | null,
  types: readonly IssueTypeInfo[] | null,
  template: Template,
): Partial<Record<IssueRole, ScreenField[]>> {
  const [byType, setByType] = useState<Record<string, ScreenField[]>>({});
  const wanted = (['epic', 'standard', 'subtask'] as const).map((role) => ({
    role,
    typeId: types ? typeForRole(types, template, role) : undefined,
  }));
  const missing = wanted.flatMap((w) =>
    w.typeId !== undefined && !(w.typeId in byType) ? [w.typeId] : [],
  );
  const missingKey = [...new Set(missing)].join(',');
  useEffect(() => {
    if (!projectKey || missingKey === '') return;
    let live = true;
    void Promise.all(
      missingKey.split(',').map(async (id) => [id, await screenFields(projectKey, id)] as const),
    ).then((loaded) => {
      if (live) setByType((known) => ({ ...known, ...Object.fromEntries(loaded) }));
    });
    return () => {
      live = false;
    };
  }, [projectKey, missingKey]);
  const screens: Partial<Record<IssueRole, ScreenField[]>> = {};
  for (const { role, typeId } of wanted) {
    const screen = typeId === undefined ? undefined : byType[typeId];
    if (screen) screens[role] = screen;
  }
  return screens;
}

/** The screens in the shape the domain's check takes. */
export const asCreateScreens = (
  screens: Partial<Record<IssueRole, ScreenField[]>>,
): CreateScreens =>
  Object.fromEntries(
    Object.entries(screens).map(([role, fields]) => [
      role,
      fields.map((f) => ({
        fieldId: f.fieldId,
        name: f.name,
        ...(f.type === undefined ? {} : { type: f.type }),
        ...(f.allowed === undefined ? {} : { allowedIds: f.allowed.map((a) => a.id) }),
      })),
    ]),
  );
