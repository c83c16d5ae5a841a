import { HUMAN_MESSAGES, draftSchema, formatPath, type Draft } from '../../../src/domain';

/** A problem with one field of the draft, at the path readiness findings use too. */
export interface DraftProblem {
  path: string;
  message: string;
}

/** Validates the draft in the browser with the same schema and messages the resolver uses. */
export function validateDraft(draft: Draft): DraftProblem[] {
  const parsed = draftSchema.safeParse(draft, HUMAN_MESSAGES);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

/**
 * The resolver reports input problems as dotted paths from its input (`draft.scoping.services.0.name`);
 * this reads them as draft paths (`scoping.services[0].name`) so they land on the same fields.
 */
export function problemsFromDetails(details: unknown): DraftProblem[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { path, message } = entry as { path?: unknown; message?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') return [];
    const segments = path
      .split('.')
      .filter((segment) => segment !== '')
      .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    if (segments[0] === 'draft') segments.shift();
    return [{ path: formatPath(segments), message }];
  });
}
