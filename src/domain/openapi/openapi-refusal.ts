import type { DocumentProblem } from '../index';
import { OpenApiDocumentError } from './openapi-document-error';

/** Problems named in the error's message; the rest are in its `problems`. */
const MAX_LISTED = 5;

/**
 * The refusal of a document with these problems, in the order of the text (as a person fixes
 * them), the first few in the message: one wording wherever the problems were found (the
 * resolver, or the browser preparing a large document).
 */
export function openApiRefusal(found: DocumentProblem[]): OpenApiDocumentError {
  const problems = [...found].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  const listed = problems.slice(0, MAX_LISTED).map(describe).join('; ');
  const more =
    problems.length > MAX_LISTED ? ` (and ${String(problems.length - MAX_LISTED)} more)` : '';
  return new OpenApiDocumentError(`The document cannot be imported: ${listed}${more}.`, problems);
}

function describe(problem: DocumentProblem): string {
  const where = [
    problem.pointer,
    problem.line === undefined ? undefined : `line ${String(problem.line)}`,
  ].filter(Boolean);
  return where.length > 0 ? `${problem.message} (${where.join(', ')})` : problem.message;
}
