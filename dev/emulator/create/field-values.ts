/**
 * Checks of individual field values on create, with Jira's messages. Each returns the value to
 * store, or records an error under the field's id.
 */
import type { ComponentConfig } from '../model';
import { MSG } from '../jira-messages';
import { isValidAdf } from '../spec/adf-validator';
import type { ScreenField } from '../create-screen';
import { isObject, refOf } from './values';

export type Errors = Record<string, string>;

const SUMMARY_LIMIT = 255;
const LABEL_LIMIT = 255;

export function checkSummary(value: unknown, errors: Errors): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    errors.summary = MSG.mustBeString;
    return '';
  }
  if (value.length > SUMMARY_LIMIT) errors.summary = MSG.summaryTooLong;
  else if (/[\r\n]/.test(value)) errors.summary = MSG.summaryNewline;
  return value;
}

/** In REST v3 the description is an ADF document; a plain string is refused. */
export function checkDescription(value: unknown, errors: Errors): unknown {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    errors.description = MSG.mustBeAdf;
    return null;
  }
  if (!isValidAdf(value)) errors.description = MSG.invalidAdf;
  return value;
}

/** Labels from `fields.labels` and `update.labels` (`add`/`set`); no whitespace, 255 chars. */
export function checkLabels(fieldValue: unknown, updateOps: unknown, errors: Errors): string[] {
  const labels: unknown[] = [];
  if (fieldValue !== undefined && fieldValue !== null) {
    if (!Array.isArray(fieldValue)) errors.labels = MSG.mustBeArray;
    else labels.push(...(fieldValue as unknown[]));
  }
  if (Array.isArray(updateOps)) {
    for (const op of updateOps as unknown[]) {
      if (!isObject(op)) continue;
      if (Array.isArray(op.set)) labels.splice(0, labels.length, ...(op.set as unknown[]));
      if (op.add !== undefined) labels.push(op.add);
    }
  }
  const result: string[] = [];
  for (const label of labels) {
    if (typeof label !== 'string') {
      errors.labels = MSG.mustBeString;
      continue;
    }
    if (/\s/.test(label)) errors.labels = MSG.labelHasSpace(label);
    else if (label.length > LABEL_LIMIT) errors.labels = MSG.labelTooLong(label);
    else if (label !== '' && !result.includes(label)) result.push(label);
  }
  return result;
}

export function checkComponents(
  value: unknown,
  offered: readonly ComponentConfig[],
  errors: Errors,
): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.components = MSG.mustBeArray;
    return [];
  }
  const ids: string[] = [];
  for (const item of value as unknown[]) {
    const ref = refOf(item, ['id', 'name']);
    const component = offered.find((c) =>
      ref?.by === 'id' ? c.id === ref.value : c.name === ref?.value,
    );
    if (!component) errors.components = MSG.unknownComponent(ref?.value ?? JSON.stringify(item));
    else if (!ids.includes(component.id)) ids.push(component.id);
  }
  return ids;
}

/** A custom field value: a select option (`{id}` or `{value}`) or a single-line text. */
export function checkCustomField(
  field: ScreenField,
  value: unknown,
  baseUrl: string,
  errors: Errors,
): unknown {
  if (field.options) {
    const ref =
      refOf(value, ['id']) ??
      (isObject(value) && typeof value.value === 'string'
        ? { by: 'value', value: value.value }
        : undefined);
    const option = field.options.find((o) =>
      ref?.by === 'id' ? o.id === ref.value : o.value === ref?.value,
    );
    if (!option) {
      errors[field.fieldId] = MSG.invalidOption(ref?.value ?? JSON.stringify(value));
      return null;
    }
    return {
      self: `${baseUrl}/rest/api/3/customFieldOption/${option.id}`,
      value: option.value,
      id: option.id,
    };
  }
  if (field.schema.type === 'number') {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    errors[field.fieldId] = MSG.mustBeNumber(field.name);
    return null;
  }
  if (typeof value !== 'string') {
    errors[field.fieldId] = MSG.mustBeString;
    return null;
  }
  if (value.length > SUMMARY_LIMIT) errors[field.fieldId] = MSG.textTooLong(field.name);
  return value;
}
