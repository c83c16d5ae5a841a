import { route } from '@forge/api';
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

interface RawField extends Partial<Omit<CreateMetaField, 'type' | 'allowedIds' | 'allowedValues'>> {
  schema?: { type?: string; system?: string };
  allowedValues?: { id?: unknown; name?: unknown; value?: unknown }[];
}

interface Page {
  fields?: RawField[];
  results?: RawField[];
  startAt?: number;
  total?: number;
}

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
    const { body } = await jira.send<Page>({
      operation: 'getCreateIssueMetaIssueTypeId',
      method: 'GET',
      route: route`/rest/api/3/issue/createmeta/${projectIdOrKey}/issuetypes/${issueTypeId}?startAt=${startAt}&maxResults=${PAGE_SIZE}`,
      retry: 'transient',
    });
    const page = body.fields ?? body.results ?? [];
    for (const f of page) {
      if (typeof f.fieldId !== 'string') continue;
      fields.push({
        fieldId: f.fieldId,
        key: f.key ?? f.fieldId,
        name: f.name ?? f.fieldId,
        required: f.required ?? false,
        hasDefaultValue: f.hasDefaultValue ?? false,
        operations: f.operations ?? [],
        ...(typeof f.schema?.type === 'string' ? { type: f.schema.type } : {}),
        ...(Array.isArray(f.allowedValues)
          ? {
              allowedIds: f.allowedValues.map((v) => String(v.id)),
              allowedValues: f.allowedValues.map((v) => ({
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
