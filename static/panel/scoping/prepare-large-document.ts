/**
 * Loaded only when a person imports a document too large to send whole (a chunk of its own, with
 * the YAML parser): parses it here, and sends the resolver only what the import reads.
 */
import {
  fromPointer,
  slimForImport,
  stripExtensions,
  type DocumentProblem,
} from '../../../src/domain';
import { readDocumentText } from '../../../src/resolvers/openapi/document-text';
import { OpenApiDocumentError } from '../../../src/resolvers/openapi/openapi-document-error';

export type PreparedDocument =
  | {
      ok: true;
      /** The slimmed document, as JSON text, for `scoping/import-openapi`. */
      document: string;
      /** The problems the resolver found, with the lines of the text the person gave. */
      relocate: (problems: DocumentProblem[]) => DocumentProblem[];
    }
  | { ok: false; message: string; problems: DocumentProblem[] };

export function prepareLargeDocument(text: string): PreparedDocument {
  try {
    const { parsed, lineOf } = readDocumentText(text);
    const slim = slimForImport(stripExtensions(parsed) as Record<string, unknown>);
    return {
      ok: true,
      document: JSON.stringify(slim),
      relocate: (problems) =>
        problems.map(({ line: _, ...problem }) => {
          const path = problem.pointer === undefined ? undefined : fromPointer(problem.pointer);
          const line = path === undefined ? undefined : lineOf(path);
          return line === undefined ? problem : { ...problem, line };
        }),
    };
  } catch (error) {
    if (!(error instanceof OpenApiDocumentError)) throw error;
    return { ok: false, message: error.message, problems: error.problems };
  }
}
