/**
 * The create screen of an issue type: which fields it offers, which are required, and how
 * createmeta describes them. Create validation and the createmeta endpoints both read this, so
 * what the emulator advertises is what it enforces.
 */
import type { CustomFieldConfig, FieldOption, IssueTypeConfig, ProjectConfig } from './model';

/** Jira's `JsonTypeBean`: the data type of a field. */
export interface FieldSchema {
  type: string;
  items?: string;
  system?: string;
  custom?: string;
  customId?: number;
}

export interface ScreenField {
  fieldId: string;
  name: string;
  required: boolean;
  schema: FieldSchema;
  operations: string[];
  allowedValues?: unknown[];
  autoCompleteUrl?: string;
  /** For select custom fields: the options a value must name. */
  options?: FieldOption[];
}

const SELECT = 'com.atlassian.jira.plugin.system.customfieldtypes:select';
const TEXT = 'com.atlassian.jira.plugin.system.customfieldtypes:textfield';
const FLOAT = 'com.atlassian.jira.plugin.system.customfieldtypes:float';

function customField(field: CustomFieldConfig): ScreenField {
  const customId = Number(field.fieldId.replace('customfield_', ''));
  const numbered = Number.isInteger(customId) ? { customId } : {};
  if (field.kind === 'option') {
    return {
      fieldId: field.fieldId,
      name: field.name,
      required: field.required,
      schema: { type: 'option', custom: SELECT, ...numbered },
      operations: ['set'],
      options: field.options ?? [],
      allowedValues: (field.options ?? []).map((o) => ({ ...o })),
    };
  }
  if (field.kind === 'number') {
    return {
      fieldId: field.fieldId,
      name: field.name,
      required: field.required,
      schema: { type: 'number', custom: FLOAT, ...numbered },
      operations: ['set'],
    };
  }
  return {
    fieldId: field.fieldId,
    name: field.name,
    required: field.required,
    schema: { type: 'string', custom: TEXT, ...numbered },
    operations: ['set'],
  };
}

/**
 * The fields on the create screen of `type` in `project`, with run-time required changes applied
 * (`requiredChanges`: fieldId → required; a field not on the screen is added as a text field).
 */
export function createScreen(
  project: ProjectConfig,
  type: IssueTypeConfig,
  requiredChanges: ReadonlyMap<string, boolean>,
): ScreenField[] {
  const fields: ScreenField[] = [
    {
      fieldId: 'summary',
      name: 'Summary',
      required: true,
      schema: { type: 'string', system: 'summary' },
      operations: ['set'],
    },
    {
      fieldId: 'issuetype',
      name: 'Issue Type',
      required: true,
      schema: { type: 'issuetype', system: 'issuetype' },
      operations: [],
    },
    {
      fieldId: 'project',
      name: 'Project',
      required: true,
      schema: { type: 'project', system: 'project' },
      operations: ['set'],
    },
  ];
  if (type.hierarchyLevel < 1) {
    fields.push({
      fieldId: 'parent',
      name: 'Parent',
      required: type.subtask,
      schema: { type: 'issuelink', system: 'parent' },
      operations: ['set'],
    });
  }
  fields.push(
    {
      fieldId: 'description',
      name: 'Description',
      required: false,
      schema: { type: 'string', system: 'description' },
      operations: ['set'],
    },
    {
      fieldId: 'labels',
      name: 'Labels',
      required: false,
      schema: { type: 'array', items: 'string', system: 'labels' },
      operations: ['add', 'set', 'remove'],
      autoCompleteUrl: '/rest/api/1.0/labels/suggest?query=',
    },
  );
  if (project.components.length > 0) {
    fields.push({
      fieldId: 'components',
      name: 'Components',
      required: false,
      schema: { type: 'array', items: 'component', system: 'components' },
      operations: ['add', 'set', 'remove'],
      allowedValues: project.components.map((c) => ({ ...c })),
    });
  }
  if (project.issueLinksOnCreateScreen) {
    fields.push({
      fieldId: 'issuelinks',
      name: 'Linked Issues',
      required: false,
      schema: { type: 'array', items: 'issuelinks', system: 'issuelinks' },
      operations: ['add'],
    });
  }
  fields.push(...type.customFields.map(customField));
  for (const [fieldId, required] of requiredChanges) {
    const field = fields.find((f) => f.fieldId === fieldId);
    if (field) field.required = required;
    else if (required) fields.push(customField({ fieldId, name: fieldId, required, kind: 'text' }));
  }
  return fields;
}
