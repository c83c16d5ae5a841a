import { formatPath } from '../format-path';
import { HUMAN_MESSAGES } from '../validation/human-issue-message';
import { templateSchema, type Template } from './template-schema';

export interface TemplateProblem {
  path: string;
  message: string;
}

export type TemplateValidation =
  { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

/**
 * Checks a template as it is saved: its shape and limits, and that every placeholder is
 * known and available where it is used, and every inclusion rule can include its item.
 */
export function validateTemplate(input: unknown): TemplateValidation {
  const parsed = templateSchema.safeParse(input, HUMAN_MESSAGES);
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}
