import type { ValidationResult } from '@readme/openapi-parser';
import { toPointer, type DocumentProblem } from '../../domain';
import { jsonLinePaths } from './json-line-paths';
import { originalPath } from './original-path';

type Failed = Extract<ValidationResult, { valid: false }>;

/**
 * The parser's validation errors as problems with a JSON pointer into the document as written.
 * Its messages end in a code frame of the dereferenced document rendered as JSON: the frame's
 * line gives the path there (`dereferenced` is that document), `originalPath` takes it back
 * through the references, and the caret note says what is wrong. Problems that land on the same
 * place with the same message (one schema reached through many references) are one problem.
 */
export function parserProblems(
  result: Failed,
  written: unknown,
  dereferenced: unknown,
): DocumentProblem[] {
  const linePaths = jsonLinePaths(dereferenced);
  const problems = result.errors.map(({ message }): DocumentProblem => {
    const [head = message, frame = ''] = message.split(/\n\s*\n/, 2);
    const summary = head
      .replace(/^[A-Z][A-Z ]*[A-Z] (?=[a-z])/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const note = /^\s*\|\s*\^+ (.+)$/m.exec(frame)?.[1]?.trim();
    const pointed = /^> (\d+) \|/m.exec(frame)?.[1];
    const path = pointed === undefined ? undefined : linePaths[Number(pointed) - 1];
    const text = note && !summary.includes(note) ? `${summary}: ${note}` : summary;
    return {
      message: text.replace(/\.+$/, ''),
      ...(path === undefined || path.length === 0
        ? {}
        : { pointer: toPointer(originalPath(written, path)) }),
    };
  });
  return distinctProblems(problems);
}

/** The same message at the same place once. */
export function distinctProblems(problems: DocumentProblem[]): DocumentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.pointer ?? ''}\n${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
