import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { DocumentProblem } from '../../domain';
import { OpenApiDocumentError } from './openapi-document-error';

/**
 * YAML aliases a document may use. Each alias copies what it names, so a few hundred bytes of
 * nested aliases ("billion laughs") expand to gigabytes; real OpenAPI documents use few or none.
 */
const MAX_ALIASES = 1000;

/** A document's text, parsed, with a way back from a place in it to a line of the text. */
export interface DocumentText {
  parsed: Record<string, unknown>;
  /** The 1-based line of the node at `path` in the text as given, when it is there. */
  lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/**
 * Parses YAML or JSON (YAML reads both; plain JSON takes the fast path, and its lines are worked
 * out only when a problem must be located). Throws `OpenApiDocumentError` with every syntax
 * problem and its line, and for alias bombs.
 */
export function readDocumentText(text: string): DocumentText {
  const json = jsonOrUndefined(text);
  let located: { source: Document; lines: LineCounter } | undefined;
  const locate = () => {
    if (located) return located;
    const lines = new LineCounter();
    located = { source: parseDocument(text, { lineCounter: lines, uniqueKeys: true }), lines };
    return located;
  };
  const lineOf = (path: readonly (string | number)[]) => {
    const { source, lines } = locate();
    const offset = startOf(source, path);
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
  if (json !== undefined) return { parsed: mapping(json), lineOf };

  const { source } = locate();
  if (source.errors.length > 0) {
    const problems: DocumentProblem[] = source.errors.map((error) => ({
      message: error.message.split('\n')[0]?.replace(/:$/, '') ?? error.message,
      ...(error.linePos ? { line: error.linePos[0].line } : {}),
    }));
    throw new OpenApiDocumentError(
      `The document is neither valid YAML nor JSON: ${problems[0]?.message ?? 'unreadable'}.`,
      problems,
    );
  }
  let parsed: unknown;
  try {
    parsed = source.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // yaml throws a ReferenceError when aliases would expand past the count.
    if (!(error instanceof ReferenceError)) throw error;
    throw new OpenApiDocumentError(
      `The document uses YAML aliases (*name) so heavily that reading it would take unbounded memory; the import reads documents whose aliases expand at most ${String(MAX_ALIASES)} times.`,
      [{ message: 'Too many YAML alias expansions' }],
    );
  }
  return { parsed: mapping(parsed), lineOf };
}

function jsonOrUndefined(text: string): unknown {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not strict JSON (comments, trailing commas…): YAML may still read it, and locates errors.
    return undefined;
  }
}

function mapping(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new OpenApiDocumentError(
      'The document is not an OpenAPI document: it is not a mapping of fields.',
    );
  }
  return value as Record<string, unknown>;
}

/**
 * Where the entry at `path` starts: a mapping entry at its key (a nested mapping's own first
 * node is a line further down), a list item at the item.
 */
function startOf(source: Document, path: readonly (string | number)[]): number | undefined {
  if (path.length === 0) return 0;
  const parent = source.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find(
      (item) => String(isScalar(item.key) ? item.key.value : item.key) === String(last),
    );
    const key = pair?.key as { range?: [number, number, number] } | undefined;
    return key?.range?.[0];
  }
  if (isSeq(parent)) {
    const item = parent.items[Number(last)] as { range?: [number, number, number] } | undefined;
    return item?.range?.[0];
  }
  return undefined;
}
