/**
 * Loaded only when a person imports a document too large to send whole (a chunk of its own, with
 * the YAML parser and the Swagger 2.0 upgrader): reads it here exactly as the resolver reads a
 * document sent whole (`prepareOpenApiDocument`, the same code), refuses it here when the
 * resolver would, and otherwise sends only what the import reads and validates.
 */
import { IMPORT_BUDGET, type DocumentProblem } from '../../../src/domain';
import { OpenApiDocumentError } from '../../../src/domain/openapi/openapi-document-error';
import { openApiRefusal } from '../../../src/domain/openapi/openapi-refusal';
import { prepareOpenApiDocument } from '../../../src/domain/openapi/prepare-openapi-document';

export type PreparedDocument =
  | {
      ok: true;
      /** The slimmed document, as JSON text, for `scoping/import-openapi`. */
      document: string;
      /** "Swagger 2.0" when it was converted here (the resolver sees OpenAPI 3.0). */
      convertedFrom: string | undefined;
      /** The problems the resolver found, with the lines of the text the person gave. */
      relocate: (problems: DocumentProblem[]) => DocumentProblem[];
    }
  | { ok: false; message: string; problems: DocumentProblem[] };

export async function prepareLargeDocument(text: string): Promise<PreparedDocument> {
  try {
    const prepared = await prepareOpenApiDocument(text, IMPORT_BUDGET);
    // What the whole document has and the slim one no longer does (a reference to nothing inside
    // a schema's properties) is refused here, as the resolver refuses it in a document sent whole.
    if (!prepared.parserMayRun) throw openApiRefusal(prepared.problems);
    return {
      ok: true,
      document: JSON.stringify(prepared.slim),
      convertedFrom: prepared.convertedFrom,
      relocate: (problems) => problems.map(({ line: _, ...problem }) => prepared.locate(problem)),
    };
  } catch (error) {
    if (!(error instanceof OpenApiDocumentError)) throw error;
    return { ok: false, message: error.message, problems: error.problems };
  }
}
