/** Splits a JQL string into tokens: words, quoted strings, operators and punctuation. */
import { syntaxError } from './jql-error';

export type TokenType = 'word' | 'string' | 'op' | '(' | ')' | ',' | '[' | ']' | 'eof';

export interface Token {
  type: TokenType;
  text: string;
  position: number;
}

const WORD = /[\p{L}\p{N}_.\-*]/u;
const OPERATORS = ['!=', '<=', '>=', '!~', '=', '<', '>', '~'];

function readQuoted(jql: string, start: number): { text: string; end: number } {
  const quote = jql[start];
  let text = '';
  let i = start + 1;
  while (i < jql.length && jql[i] !== quote) {
    if (jql[i] === '\\' && i + 1 < jql.length) i++;
    text += jql.charAt(i);
    i++;
  }
  if (i >= jql.length) throw syntaxError('The quoted string has not been completed.', start);
  return { text, end: i + 1 };
}

export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const c = jql.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      const { text, end } = readQuoted(jql, i);
      tokens.push({ type: 'string', text, position: i });
      i = end;
    } else if (c === '[') {
      // An entity property key is everything up to the closing bracket.
      const close = jql.indexOf(']', i);
      if (close < 0) throw syntaxError("Expecting ']' to close the property key.", i);
      tokens.push({ type: '[', text: c, position: i });
      tokens.push({ type: 'string', text: jql.slice(i + 1, close).trim(), position: i + 1 });
      tokens.push({ type: ']', text: ']', position: close });
      i = close + 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c, text: c, position: i });
      i++;
    } else {
      const op = OPERATORS.find((o) => jql.startsWith(o, i));
      if (op !== undefined) {
        tokens.push({ type: 'op', text: op, position: i });
        i += op.length;
      } else if (WORD.test(c)) {
        const start = i;
        while (i < jql.length && WORD.test(jql.charAt(i))) i++;
        tokens.push({ type: 'word', text: jql.slice(start, i), position: start });
      } else {
        throw syntaxError(
          `The character '${c}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}' instead.`,
          i,
        );
      }
    }
  }
  tokens.push({ type: 'eof', text: '', position: jql.length });
  return tokens;
}
