import { formatPath } from '../format-path';
import type { IssueRole } from '../plan';
import type { FieldDefaults } from './field-defaults';
import type { Template } from './template-schema';
import type { TemplateProblem } from './validate-template';

/** A field on an issue type's create screen, as createmeta describes it (the part checked here). */
export interface CreateScreenField {
  fieldId: string;
  name: string;
  /** createmeta's `schema.type`: `number`, `option`, `priority`, `user`, `array`…. */
  type?: string;
  /** Ids of the values the field accepts, when createmeta lists them. */
  allowedIds?: string[];
}

export type CreateScreens = Partial<Record<IssueRole, readonly CreateScreenField[]>>;

/** A createmeta value type as an admin reads it. */
const KIND_WORDS = (type: string): string =>
  type === 'number' ? 'a number' : type === 'option' ? 'a choice from its list' : `a ${type} value`;

const ROLE_WORDS: Readonly<Record<IssueRole, string>> = {
  epic: 'epics',
  standard: 'standard issues',
  subtask: 'sub-tasks',
};

/**
 * What a template's field defaults ask that the project's create screens cannot take: a field
 * the issue type does not offer, a value of the wrong kind, or an option the field does not
 * have. Roles without a screen in `screens` are not checked.
 */
export function fieldDefaultProblems(
  template: Template,
  screens: CreateScreens,
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const check = (fields: FieldDefaults, role: IssueRole, at: (string | number)[]) => {
    const screen = screens[role];
    if (!screen) return;
    const find = (fieldId: string) => screen.find((field) => field.fieldId === fieldId);
    const lacks = (label: string) =>
      `The project's ${ROLE_WORDS[role]} have no ${label} field on their create screen`;
    const report = (path: (string | number)[], message: string) =>
      problems.push({ path: formatPath([...at, 'fields', ...path]), message });
    const allowed = (field: CreateScreenField, id: string) =>
      field.allowedIds === undefined || field.allowedIds.includes(id);

    if (fields.priority) {
      const field = find('priority');
      if (!field) report(['priority'], lacks('Priority'));
      else if (!allowed(field, fields.priority.id))
        report(
          ['priority'],
          "The chosen priority is not one of this project's priorities any more",
        );
    }
    if (fields.assignee && !find('assignee')) report(['assignee'], lacks('Assignee'));
    if (fields.components) {
      const field = find('components');
      if (!field) report(['components'], lacks('Components'));
      else
        fields.components.forEach((component, i) => {
          if (!allowed(field, component.id))
            report(
              ['components', i],
              "A chosen component is not one of this project's components any more",
            );
        });
    }
    fields.custom.forEach((custom, i) => {
      const field = find(custom.fieldId);
      // Its name as saved; a field saved without one is described, never shown by id.
      const label = custom.name || 'number or select';
      if (!field) {
        report(['custom', i, 'fieldId'], lacks(`"${label}"`));
        return;
      }
      const wanted = custom.value.kind === 'number' ? 'number' : 'option';
      if (field.type !== undefined && field.type !== wanted) {
        report(
          ['custom', i, 'value'],
          `"${field.name}" takes ${KIND_WORDS(field.type)}, not ${KIND_WORDS(wanted)}`,
        );
      } else if (custom.value.kind === 'option' && !allowed(field, custom.value.id)) {
        report(['custom', i, 'value'], `The chosen "${field.name}" option is not offered any more`);
      }
    });
  };

  // The template's own components go on every item that sets none: checked on standard issues.
  const standard = screens.standard;
  if (standard && template.components.length > 0) {
    const field = standard.find((f) => f.fieldId === 'components');
    if (!field) {
      problems.push({
        path: 'components',
        message: "The project's standard issues have no Components field on their create screen",
      });
    } else {
      template.components.forEach((component, i) => {
        if (field.allowedIds !== undefined && !field.allowedIds.includes(component.id)) {
          problems.push({
            path: `components[${i}]`,
            message: "A chosen component is not one of this project's components any more",
          });
        }
      });
    }
  }
  check(template.epic.fields, 'epic', ['epic']);
  check(template.service.fields, 'standard', ['service']);
  template.serviceItems.forEach((item, i) => check(item.fields, item.role, ['serviceItems', i]));
  template.extras.forEach((item, i) => check(item.fields, 'standard', ['extras', i]));
  return problems;
}
