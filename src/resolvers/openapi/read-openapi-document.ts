import { dereference, validate, type ParserOptions } from '@readme/openapi-parser';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { formatPath, nameComponentSchemas, type OpenApiDocument } from '../../domain';
import { externalRefs } from './external-refs';
import { OpenApiDocumentError, type DocumentProblem } from './openapi-document-error';
import { parserProblems } from './parser-problems';

/** 3.0.x and 3.1.x: the parser validates both, and the import reads only what they share. */
const SUPPORTED_VERSION = /^3\.[01]\.\d+$/;

/** Internal references only: no network from a Forge function, no files from its disk. */
const PARSER_OPTIONS: ParserOptions = {
  resolve: { external: false, file: false },
  dereference: { circular: 'ignore' },
};

const MAX_LISTED = 5;

/**
 * Parses a pasted OpenAPI document (YAML or JSON: YAML reads both), checks its version, refuses
 * external `$ref`s, validates it with the OpenAPI parser and dereferences it. Throws
 * `OpenApiDocumentError` saying what is wrong and where.
 */
export async function readOpenApiDocument(text: string): Promise<OpenApiDocument> {
  const lineCounter = new LineCounter();
  const source = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (source.errors.length > 0) {
    const problems = source.errors.map((error) => ({
      message: error.message.split('\n')[0]?.replace(/:$/, '') ?? error.message,
      ...(error.linePos ? { line: error.linePos[0].line } : {}),
    }));
    throw new OpenApiDocumentError(
      `The document is neither valid YAML nor JSON: ${problems[0]?.message ?? 'unreadable'}.`,
      problems,
    );
  }
  const parsed: unknown = source.toJS({ maxAliasCount: 100 });
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new OpenApiDocumentError('The document is not an OpenAPI document: it is not a mapping.');
  }
  checkVersion(parsed);
  checkInternalRefs(parsed, source, lineCounter);

  const result = await validate(structuredClone(parsed) as never, PARSER_OPTIONS);
  if (!result.valid) {
    const problems = parserProblems(result, parsed, source, lineCounter);
    const more = result.additionalErrors > 0 ? ` (and ${result.additionalErrors} more)` : '';
    throw new OpenApiDocumentError(
      `The document is not valid OpenAPI: ${problems.map(describe).join('; ')}${more}.`,
      problems,
    );
  }
  const named = nameComponentSchemas(parsed) as Parameters<typeof dereference>[0];
  return (await dereference(named, PARSER_OPTIONS)) as unknown as OpenApiDocument;
}

function checkVersion(parsed: object): void {
  const { swagger, openapi } = parsed as { swagger?: unknown; openapi?: unknown };
  if (swagger !== undefined) {
    throw new OpenApiDocumentError(
      `This is a Swagger ${JSON.stringify(swagger)} document; only OpenAPI 3.0 and 3.1 can be imported. Convert it to OpenAPI 3 first (for example with swagger2openapi).`,
      [{ message: 'Swagger 2.0 is not supported', path: 'swagger' }],
    );
  }
  if (typeof openapi !== 'string' || !SUPPORTED_VERSION.test(openapi)) {
    const found =
      openapi === undefined ? 'it has no "openapi" field' : `it says ${JSON.stringify(openapi)}`;
    throw new OpenApiDocumentError(
      `Only OpenAPI 3.0.x and 3.1.x documents can be imported, and ${found}.`,
      [{ message: 'Unsupported OpenAPI version', path: 'openapi' }],
    );
  }
}

function checkInternalRefs(parsed: object, source: Document, lineCounter: LineCounter): void {
  const found = externalRefs(parsed);
  if (found.length === 0) return;
  const problems: DocumentProblem[] = found.map(({ ref, path }) => {
    const offset = (source.getIn(path, true) as { range?: number[] } | undefined)?.range?.[0];
    return {
      message: `External reference "${ref}"`,
      path: formatPath(path),
      ...(offset === undefined ? {} : { line: lineCounter.linePos(offset).line }),
    };
  });
  const listed = problems.slice(0, MAX_LISTED).map(describe).join('; ');
  const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : '';
  throw new OpenApiDocumentError(
    `The document refers to other files or URLs, which the import does not fetch: ${listed}${more}. Bundle it into one document with internal references (#/components/...) first.`,
    problems,
  );
}

function describe(problem: DocumentProblem): string {
  const where = [
    problem.path,
    problem.line === undefined ? undefined : `line ${problem.line}`,
  ].filter(Boolean);
  const message = problem.message.replace(/\.+$/, '');
  return where.length > 0 ? `${message} at ${where.join(', ')}` : message;
}
