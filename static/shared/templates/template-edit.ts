import { requestJira } from '@forge/bridge';
import type { IssueTypeInfo, TemplateProblem } from '../../../src/domain';

/** Resolver paths (`template.serviceItems.0.summary`) and domain paths, in one form. */
export function normalisePath(path: string): string {
  return path.replace(/^template\./, '').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** The problems at `path` (exactly, or below it). */
export function problemsAt(problems: readonly TemplateProblem[], path: string): string[] {
  return problems
    .filter(
      (p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`),
    )
    .map((p) => p.message);
}

/** The paths where two templates differ (leaves), for comparing a version with the current one. */
export function changedPaths(a: unknown, b: unknown, at = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
      (k) => k !== 'version',
    );
    return keys.flatMap((key) => changedPaths(a[key], b[key], at ? `${at}.${key}` : key));
  }
  return [at || '(whole template)'];
}

/** Offers `text` as a file download named `fileName`. */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The issue types the person may create in the project, read from Jira as them. */
export async function projectIssueTypes(projectKey: string): Promise<IssueTypeInfo[]> {
  const response = await requestJira(
    `/rest/api/3/issue/createmeta/${encodeURIComponent(projectKey)}/issuetypes`,
  );
  if (!response.ok) return [];
  const body = (await response.json()) as { issueTypes?: IssueTypeInfo[] };
  return body.issueTypes ?? [];
}

/** Splits a comma-separated list as typed ("a, b,,c" → a, b, c). */
export const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** A field of an issue type's create screen, as the editor offers it for field defaults. */
export interface ScreenField {
  fieldId: string;
  name: string;
  type?: string;
  allowed?: { id: string; label: string }[];
}

interface RawScreenField {
  fieldId?: string;
  name?: string;
  schema?: { type?: string };
  allowedValues?: { id?: unknown; name?: unknown; value?: unknown }[];
}

/** The create screen of one issue type in the project, read from Jira as the person. */
export async function screenFields(projectKey: string, typeId: string): Promise<ScreenField[]> {
  const response = await requestJira(
    `/rest/api/3/issue/createmeta/${encodeURIComponent(projectKey)}/issuetypes/${encodeURIComponent(typeId)}?maxResults=200`,
  );
  if (!response.ok) return [];
  const body = (await response.json()) as { fields?: RawScreenField[]; results?: RawScreenField[] };
  return (body.fields ?? body.results ?? []).flatMap((field) =>
    typeof field.fieldId === 'string'
      ? [
          {
            fieldId: field.fieldId,
            name: field.name ?? field.fieldId,
            ...(field.schema?.type ? { type: field.schema.type } : {}),
            ...(field.allowedValues
              ? {
                  allowed: field.allowedValues.map((v) => ({
                    id: String(v.id),
                    label: String(v.name ?? v.value ?? v.id),
                  })),
                }
              : {}),
          },
        ]
      : [],
  );
}
