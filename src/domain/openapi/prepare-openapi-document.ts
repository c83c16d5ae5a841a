import {
  documentProblems,
  fromPointer,
  isSwagger2,
  MAX_NESTING_DEPTH,
  slimForImport,
  stripExtensions,
  toPointer,
  tooDeepPath,
  versionProblem,
  type DocumentProblem,
  type ImportBudget,
} from '../index';
import { readDocumentText } from './document-text';
import { OpenApiDocumentError } from './openapi-document-error';
import { swaggerToOpenApi } from './swagger-to-openapi';

/** A document read and checked as far as the import can without the OpenAPI parser. */
export interface PreparedOpenApi {
  /**
   * What the import reads and the parser validates (`slimForImport` of the document as written,
   * converted from Swagger 2.0 when it was, minus `x-` extensions): the same whatever the size
   * of the document or the way it came (pasted, chosen, sent whole or slimmed by the browser).
   */
  slim: Record<string, unknown>;
  /** "Swagger 2.0" when the document was converted to OpenAPI 3.0 to be read. */
  convertedFrom: string | undefined;
  /** What the import's own checks found, each located (pointer, and line of the text given). */
  problems: DocumentProblem[];
  /** False when the parser must not look at `slim` (a broken reference, over the budget). */
  parserMayRun: boolean;
  /** Adds the line of the text given to a problem with a pointer. */
  locate: (problem: DocumentProblem) => DocumentProblem;
}

/**
 * The part of reading an OpenAPI document that runs alike in the resolver and in the browser
 * (which sends a large document slimmed): parses the text (refusing nesting deeper than
 * `MAX_NESTING_DEPTH` before any recursive reader sees it), converts Swagger 2.0, refuses other
 * versions, drops `x-` extensions, checks references and operationIds over the whole document
 * and the expansion budget over what will be validated. Throws `OpenApiDocumentError` when the
 * document cannot be read at all.
 */
export async function prepareOpenApiDocument(
  text: string,
  budget: ImportBudget,
): Promise<PreparedOpenApi> {
  const { parsed, lineOf } = readDocumentText(text);
  const locate = (problem: DocumentProblem): DocumentProblem => {
    if (problem.pointer === undefined || problem.line !== undefined) return problem;
    const line = lineOf(fromPointer(problem.pointer) ?? []);
    return line === undefined ? problem : { ...problem, line };
  };
  const deep = tooDeepPath(parsed);
  if (deep !== undefined) {
    const problem = locate({
      message: `Nested more than ${String(MAX_NESTING_DEPTH)} levels deep`,
      pointer: toPointer(deep),
    });
    throw new OpenApiDocumentError(
      `The document nests more than ${String(MAX_NESTING_DEPTH)} levels deep (at ${problem.pointer ?? ''}); the import reads documents that nest less.`,
      [problem],
    );
  }
  const swagger = isSwagger2(parsed);
  const document = swagger ? await swaggerToOpenApi(parsed) : parsed;
  const version = versionProblem(document);
  if (version) throw new OpenApiDocumentError(`${version.message}.`, [locate(version)]);

  const stripped = stripExtensions(document) as Record<string, unknown>;
  const slim = slimForImport(stripped);
  const own = documentProblems(stripped, budget, slim);
  return {
    slim,
    convertedFrom: swagger ? 'Swagger 2.0' : undefined,
    // A converted document's pointers name places in OpenAPI 3.0 terms; the line is given only
    // where the same place exists in the text as written.
    problems: own.problems.map(locate),
    parserMayRun: own.parserMayRun,
    locate,
  };
}
