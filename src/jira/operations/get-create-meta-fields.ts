import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraRequester } from '../jira-request';

/** A field on an issue type's create screen. */
export interface CreateMetaField {
  fieldId: string;
  key: string;
  name: string;
  required: boolean;
  hasDefaultValue: boolean;
  operations: string[];
  /** createmeta's `schema.type` (`number`, `option`, `priority`, `array`…), when given. */
  type?: string;
  /** Ids of `allowedValues`, when createmeta lists them (priorities, options, components). */
  allowedIds?: string[];
  /** `allowedValues` by id and the name Jira shows (`name`, or an option's `value`). */
  allowedValues?: { id: string; name: string }[];
}

/**
 * Jira's `FieldCreateMetadata` as the app reads it. The spec requires fieldId, key, name,
 * operations, required and schema; only `fieldId` is required here (the rest have fallbacks).
 * `allowedValues` items are any objects: a priority or component has `name`, an option `value`.
 */
const fieldSchema = z.looseObject({
  fieldId: z.string(),
  key: z.string().optional(),
  name: z.string().optional(),
  required: z.boolean().optional(),
  hasDefaultValue: z.boolean().optional(),
  operations: z.array(z.string()).optional(),
  schema: z.looseObject({ type: z.string().optional(), system: z.string().optional() }).optional(),
  allowedValues: z
    .array(
      z.looseObject({
        id: z.union([z.string(), z.number()]).optional(),
        name: z.unknown().optional(),
        value: z.unknown().optional(),
      }),
    )
    .optional(),
});

/** `PageOfCreateMetaIssueTypeWithField`: the fields under `fields` (older sites: `results`). */
const pageSchema = z.looseObject({
  fields: z.array(fieldSchema).optional(),
  results: z.array(fieldSchema).optional(),
  startAt: z.number().int().optional(),
  total: z.number().int().optional(),
});

/** createmeta's documented maximum page size. */
const PAGE_SIZE = 200;

/** What Jira shows for an allowed value: a priority's or component's `name`, an option's `value`. */
function shownName(value: { name?: unknown; value?: unknown }): string | undefined {
  if (typeof value.name === 'string' && value.name.trim() !== '') return value.name;
  if (typeof value.value === 'string' && value.value.trim() !== '') return value.value;
  return undefined;
}

/** `GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}`, all pages. */
export async function getCreateMetaFields(
  jira: JiraRequester,
  projectIdOrKey: string,
  issueTypeId: string,
): Promise<CreateMetaField[]> {
  const fields: CreateMetaField[] = [];
  for (let startAt = 0; ;) {
    const { body } = await jira.send({
      operation: 'getCreateIssueMetaIssueTypeId',
      method: 'GET',
      route: route`/rest/api/3/issue/createmeta/${projectIdOrKey}/issuetypes/${issueTypeId}?startAt=${startAt}&maxResults=${PAGE_SIZE}`,
      retry: 'transient',
      answer: pageSchema,
    });
    const page = body.fields ?? body.results ?? [];
    for (const f of page) {
      const allowed = f.allowedValues?.flatMap((v) =>
        v.id === undefined ? [] : [{ ...v, id: v.id }],
      );
      fields.push({
        fieldId: f.fieldId,
        key: f.key ?? f.fieldId,
        name: f.name ?? f.fieldId,
        required: f.required ?? false,
        hasDefaultValue: f.hasDefaultValue ?? false,
        operations: f.operations ?? [],
        ...(typeof f.schema?.type === 'string' ? { type: f.schema.type } : {}),
        ...(allowed
          ? {
              allowedIds: allowed.map((v) => String(v.id)),
              allowedValues: allowed.map((v) => ({
                id: String(v.id),
                name: shownName(v) ?? String(v.id),
              })),
            }
          : {}),
      });
    }
    startAt += page.length;
    if (page.length === 0 || body.total === undefined || startAt >= body.total) return fields;
  }
}
