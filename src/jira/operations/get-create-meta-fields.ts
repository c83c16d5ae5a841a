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
}

interface RawField extends Partial<Omit<CreateMetaField, 'type' | 'allowedIds'>> {
  schema?: { type?: string };
  allowedValues?: { id?: unknown }[];
}

interface Page {
  fields?: RawField[];
  results?: RawField[];
  startAt?: number;
  total?: number;
}

const PAGE_SIZE = 200;

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
          ? { allowedIds: f.allowedValues.map((v) => String(v.id)) }
          : {}),
      });
    }
    startAt += page.length;
    if (page.length === 0 || body.total === undefined || startAt >= body.total) return fields;
  }
}
