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
