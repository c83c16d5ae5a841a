import type { TemplateProblem } from '../../../src/domain';

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

/** Splits a comma-separated list as typed ("a, b,,c" → a, b, c). */
export const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
