import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { MAX_NESTING_DEPTH, type DocumentProblem } from '../index';
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
  const deep = tooDeepLine(text, MAX_NESTING_DEPTH);
  if (deep !== undefined) {
    throw new OpenApiDocumentError(
      `The document nests more than ${String(MAX_NESTING_DEPTH)} levels deep (line ${String(deep)}); the import reads documents that nest less.`,
      [{ message: `Nested more than ${String(MAX_NESTING_DEPTH)} levels deep`, line: deep }],
    );
  }
  const json = jsonOrUndefined(text);
  let located: { source: Document; lines: LineCounter } | undefined;
  const locate = () => {
    if (located) return located;
    const lines = new LineCounter();
    located = { source: parseDocument(text, { lineCounter: lines, uniqueKeys: true }), lines };
    return located;
  };
  const lineOf = (path: readonly (string | number)[]) => {
    try {
      const { source, lines } = locate();
      const offset = startOf(source, path);
      return offset === undefined ? undefined : lines.linePos(offset).line;
    } catch (error) {
      // A document too deep for the YAML composer's stack is refused anyway; it has no lines.
      if (error instanceof RangeError) return undefined;
      throw error;
    }
  };
  if (json !== undefined) return { parsed: mapping(json), lineOf };

  const { source } = guardStack(locate);
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
    parsed = guardStack((): unknown => source.toJS({ maxAliasCount: MAX_ALIASES }));
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

/**
 * Runs a recursive reader, turning a stack overflow (a nesting the text scan did not see, such
 * as YAML flow collections inside block ones) into a refusal rather than a crash.
 */
function guardStack<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    throw new OpenApiDocumentError(
      `The document nests too deeply to be read; the import reads documents that nest less than ${String(MAX_NESTING_DEPTH)} levels.`,
      [{ message: 'Nested too deeply to be read' }],
    );
  }
}

/**
 * The line where the text nests deeper than `max`, before any recursive parser sees it: JSON by
 * its brackets (outside strings), YAML by its indentation levels and flow brackets. Cheap (one
 * pass) and conservative: it counts what a parser would nest, never more.
 */
export function tooDeepLine(text: string, max: number): number | undefined {
  let line = 1;
  let brackets = 0;
  let quote: string | undefined;
  const indents: number[] = [];
  let atLineStart = true;
  let indent = 0;
  const json = text.trimStart().startsWith('{') || text.trimStart().startsWith('[');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      atLineStart = true;
      indent = 0;
      // YAML is scanned a line at a time: a bracket or quote in a plain scalar ("see [1") must
      // not count for the rest of the document. Flow collections over several lines are rare,
      // and what the scan misses the parsed-tree check (`tooDeepPath`) still refuses.
      if (!json) {
        quote = undefined;
        brackets = 0;
      }
      continue;
    }
    if (quote !== undefined) {
      if (quote === '#') continue;
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (atLineStart && !json) {
      if (c === ' ') {
        indent++;
        continue;
      }
      atLineStart = false;
      if (c === '\r') continue;
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
      indents.push(indent);
    }
    if (c === '"' || (c === "'" && !json && brackets > 0)) quote = c;
    else if (c === '#' && !json && /\s/.test(text[i - 1] ?? ' ')) quote = '#';
    else if (c === '{' || c === '[') brackets++;
    else if (c === '}' || c === ']') brackets = Math.max(0, brackets - 1);
    if (brackets + indents.length > max) return line;
  }
  return undefined;
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
