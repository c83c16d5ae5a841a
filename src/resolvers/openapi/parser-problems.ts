import type { ValidationResult } from '@readme/openapi-parser';
import type { Document, LineCounter } from 'yaml';
import { formatPath } from '../../domain';
import { jsonLinePaths } from './json-line-paths';
import type { DocumentProblem } from './openapi-document-error';

type Failed = Extract<ValidationResult, { valid: false }>;

/**
 * The parser's validation errors as problems with a path and a line of the user's own text. Its
 * messages end in a code frame of the document re-rendered as JSON: the frame's line gives the
 * path, the caret note says what is wrong there, and the frame itself is dropped.
 */
export function parserProblems(
  result: Failed,
  parsed: unknown,
  source: Document,
  lineCounter: LineCounter,
): DocumentProblem[] {
  const linePaths = jsonLinePaths(parsed);
  return result.errors.map(({ message }) => {
    const [head = message, frame = ''] = message.split(/\n\s*\n/, 2);
    const summary = head.replace(/^[A-Z][A-Z ]*[A-Z] (?=[a-z])/, '').replace(/\s+/g, ' ');
    const note = /^\s*\|\s*\^+ (.+)$/m.exec(frame)?.[1]?.trim();
    const pointed = /^> (\d+) \|/m.exec(frame)?.[1];
    const path = pointed === undefined ? undefined : linePaths[Number(pointed) - 1];
    const node = path === undefined ? undefined : source.getIn(path, true);
    const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
    return {
      message: note && !summary.includes(note) ? `${summary}: ${note}` : summary,
      ...(path === undefined || path.length === 0 ? {} : { path: formatPath(path) }),
      ...(offset === undefined ? {} : { line: lineCounter.linePos(offset).line }),
    };
  });
}
