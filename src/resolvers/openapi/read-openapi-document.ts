import { dereference, validate, type ParserOptions } from '@readme/openapi-parser';
import {
  IMPORT_BUDGET,
  documentProblems,
  fromPointer,
  stripExtensions,
  versionProblem,
  type DocumentProblem,
  type ImportBudget,
  type OpenApiDocument,
} from '../../domain';
import { readDocumentText } from './document-text';
import { OpenApiDocumentError } from './openapi-document-error';
import { distinctProblems, parserProblems } from './parser-problems';

/** Internal references only: no network from a Forge function, no files from its disk. */
const PARSER_OPTIONS: ParserOptions = {
  resolve: { external: false, file: false },
  dereference: { circular: 'ignore' },
};

/** Problems named in the error's message; the rest are in its `problems`. */
const MAX_LISTED = 5;

/**
 * Reads a pasted OpenAPI document (YAML or JSON) for the import: parses it, refuses other
 * versions than 3.0/3.1, drops its `x-` extensions, checks its references, operationIds and how
 * far its references expand (against `budget`, before anything expands them), then validates it
 * with the OpenAPI parser. Returns the document as written, minus extensions; throws
 * `OpenApiDocumentError` with every problem, each located by JSON pointer and line.
 */
export async function readOpenApiDocument(
  text: string,
  budget: ImportBudget = IMPORT_BUDGET,
): Promise<OpenApiDocument> {
  const { parsed, lineOf } = readDocumentText(text);
  const locate = (problem: DocumentProblem): DocumentProblem => {
    if (problem.pointer === undefined || problem.line !== undefined) return problem;
    const line = lineOf(fromPointer(problem.pointer) ?? []);
    return line === undefined ? problem : { ...problem, line };
  };
  const version = versionProblem(parsed);
  if (version) throw new OpenApiDocumentError(`${version.message}.`, [locate(version)]);

  const document = stripExtensions(parsed) as Record<string, unknown>;
  const own = documentProblems(document, budget);
  const parsers = own.parserMayRun ? await validated(document) : [];
  // In the order of the text, as a person fixes them.
  const problems = distinctProblems([...own.problems, ...parsers])
    .map(locate)
    .sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED).map(describe).join('; ');
    const more =
      problems.length > MAX_LISTED ? ` (and ${String(problems.length - MAX_LISTED)} more)` : '';
    throw new OpenApiDocumentError(`The document cannot be imported: ${listed}${more}.`, problems);
  }
  return document as unknown as OpenApiDocument;
}

/** The parser's own findings; its operationId check is the import's (which locates them). */
async function validated(document: Record<string, unknown>): Promise<DocumentProblem[]> {
  const result = await validate(structuredClone(document) as never, PARSER_OPTIONS);
  if (result.valid) return [];
  // The parser located its errors in the dereferenced document; the same dereferencing (within
  // the budget already checked) gives the map back to the document as written.
  const dereferenced: unknown = await dereference(
    structuredClone(document) as never,
    PARSER_OPTIONS,
  ).catch(() => undefined);
  return parserProblems(result, document, dereferenced).filter(
    (problem) => !/operationId .* is duplicated/.test(problem.message),
  );
}

function describe(problem: DocumentProblem): string {
  const where = [
    problem.pointer,
    problem.line === undefined ? undefined : `line ${String(problem.line)}`,
  ].filter(Boolean);
  return where.length > 0 ? `${problem.message} (${where.join(', ')})` : problem.message;
}
