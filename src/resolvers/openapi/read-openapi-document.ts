import { dereference, validate, type ParserOptions } from '@readme/openapi-parser';
import {
  IMPORT_BUDGET,
  type DocumentProblem,
  type ImportBudget,
  type OpenApiDocument,
} from '../../domain';
import { openApiRefusal } from '../../domain/openapi/openapi-refusal';
import { distinctProblems, parserProblems } from './parser-problems';
import { prepareOpenApiDocument } from '../../domain/openapi/prepare-openapi-document';

/** Internal references only: no network from a Forge function, no files from its disk. */
const PARSER_OPTIONS: ParserOptions = {
  resolve: { external: false, file: false },
  dereference: { circular: 'ignore' },
};

/** A document the import can read, and how it came to be readable. */
export interface ReadOpenApi {
  api: OpenApiDocument;
  /** "Swagger 2.0" when it was converted to OpenAPI 3.0 first. */
  convertedFrom: string | undefined;
}

/**
 * Reads an OpenAPI document (YAML or JSON, pasted, chosen, or slimmed by the browser) for the
 * import: `prepareOpenApiDocument` (parse, nesting, Swagger 2.0 conversion, version, extensions,
 * references, operationIds, budget), then the OpenAPI parser validates what the import reads.
 * Returns that; throws `OpenApiDocumentError` with every problem, each located by JSON pointer
 * and line. Never anything else for a document: whatever the parser throws becomes a refusal.
 */
export async function readOpenApi(
  text: string,
  budget: ImportBudget = IMPORT_BUDGET,
): Promise<ReadOpenApi> {
  const prepared = await prepareOpenApiDocument(text, budget);
  const parsers = prepared.parserMayRun ? await validated(prepared.slim) : [];
  const problems = distinctProblems([...prepared.problems, ...parsers.map(prepared.locate)]);
  if (problems.length > 0) throw openApiRefusal(problems);
  return {
    api: prepared.slim as unknown as OpenApiDocument,
    convertedFrom: prepared.convertedFrom,
  };
}

/** `readOpenApi`'s document alone. */
export async function readOpenApiDocument(
  text: string,
  budget: ImportBudget = IMPORT_BUDGET,
): Promise<OpenApiDocument> {
  return (await readOpenApi(text, budget)).api;
}

/** The parser's own findings; its operationId check is the import's (which locates them). */
async function validated(document: Record<string, unknown>): Promise<DocumentProblem[]> {
  try {
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
  } catch (error) {
    // The own checks bound nesting and expansion, so this is a document the parser cannot
    // read for a reason of its own: still the document's problem, said as such, never a crash.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const at = /\bat (#\/\S+)/.exec(reason ?? '')?.[1];
    return [
      {
        message: `The OpenAPI parser could not read the document: ${reason ?? 'unknown error'}`,
        ...(at ? { pointer: decodeURIComponent(at.slice(1)).replace(/\.$/, '') } : {}),
      },
    ];
  }
}
