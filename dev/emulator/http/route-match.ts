/** Matches request paths to OpenAPI path templates (`/issue/{issueIdOrKey}`). */
export interface TemplateMatch<T> {
  entry: T;
  params: Record<string, string>;
}

interface Compiled<T> {
  entry: T;
  pattern: RegExp;
  names: string[];
  literal: boolean;
}

/** Path parameters by name; undefined when one is not valid percent-encoding (no match). */
function decodeParams(
  names: string[],
  values: (string | undefined)[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  try {
    names.forEach((name, i) => {
      params[name] = decodeURIComponent(values[i] ?? '');
    });
  } catch {
    return undefined;
  }
  return params;
}

export class TemplateMatcher<T extends { template: string }> {
  private readonly compiled: Compiled<T>[];

  constructor(entries: readonly T[]) {
    // Literal templates win over parameterised ones (`/issue/bulk` before `/issue/{issueIdOrKey}`).
    this.compiled = entries
      .map((entry) => {
        const names: string[] = [];
        const source = entry.template
          .split('/')
          .map((segment) => {
            const param = /^\{(.+)\}$/.exec(segment);
            if (!param?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            names.push(param[1]);
            return '([^/]+)';
          })
          .join('/');
        return { entry, pattern: new RegExp(`^${source}/?$`), names, literal: names.length === 0 };
      })
      .sort((a, b) => Number(b.literal) - Number(a.literal));
  }

  /** Every entry whose template matches the path, best first. */
  matchAll(path: string): TemplateMatch<T>[] {
    const matches: TemplateMatch<T>[] = [];
    for (const { entry, pattern, names } of this.compiled) {
      const found = pattern.exec(path);
      if (!found) continue;
      const params = decodeParams(names, found.slice(1));
      if (params) matches.push({ entry, params });
    }
    return matches;
  }
}
