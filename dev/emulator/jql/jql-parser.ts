/**
 * A recursive-descent parser for the JQL the app and the tests use: clauses joined by AND/OR/NOT
 * with parentheses, `=`, `!=`, `in`, `not in`, `is [not] EMPTY`, `issue.property[key].path`, and
 * `ORDER BY field [ASC|DESC], …`.
 */
import { syntaxError } from './jql-error';
import { tokenize, type Token } from './jql-lexer';

export type JqlOperator =
  '=' | '!=' | 'in' | 'not in' | 'is' | 'is not' | '~' | '!~' | '<' | '>' | '<=' | '>=';

export type JqlField =
  { kind: 'name'; name: string } | { kind: 'property'; key: string; path: string[] };

export interface JqlClause {
  kind: 'clause';
  field: JqlField;
  operator: JqlOperator;
  values: string[];
}

export type JqlExpression =
  | JqlClause
  | { kind: 'and' | 'or'; left: JqlExpression; right: JqlExpression }
  | { kind: 'not'; expression: JqlExpression };

export interface JqlSort {
  field: string;
  direction: 'ASC' | 'DESC';
}

export interface JqlQuery {
  where: JqlExpression | undefined;
  orderBy: JqlSort[];
}

const RESERVED = new Set([
  'and',
  'or',
  'not',
  'in',
  'is',
  'order',
  'by',
  'asc',
  'desc',
  'empty',
  'null',
]);

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): JqlQuery {
    const where = this.isWord('order') || this.peek().type === 'eof' ? undefined : this.parseOr();
    const orderBy: JqlSort[] = [];
    if (this.isWord('order')) {
      this.next();
      this.expectWord('by');
      do {
        const field = this.expectValue('a field name').toLowerCase();
        let direction: JqlSort['direction'] = 'ASC';
        if (this.isWord('asc') || this.isWord('desc'))
          direction = this.next().text.toUpperCase() as JqlSort['direction'];
        orderBy.push({ field, direction });
      } while (this.take(','));
    }
    const rest = this.peek();
    if (rest.type !== 'eof')
      throw syntaxError(`Expecting either 'OR' or 'AND' but got '${rest.text}'.`, rest.position);
    return { where, orderBy };
  }

  private parseOr(): JqlExpression {
    let left = this.parseAnd();
    while (this.isWord('or')) {
      this.next();
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): JqlExpression {
    let left = this.parseNot();
    while (this.isWord('and')) {
      this.next();
      left = { kind: 'and', left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): JqlExpression {
    if (this.isWord('not')) {
      this.next();
      return { kind: 'not', expression: this.parseNot() };
    }
    if (this.take('(')) {
      const inner = this.parseOr();
      this.expect(')');
      return inner;
    }
    return this.parseClause();
  }

  private parseClause(): JqlClause {
    const name = this.expectValue('a field name');
    let field: JqlField = { kind: 'name', name: name.toLowerCase() };
    if (name.toLowerCase() === 'issue.property') {
      this.expect('[');
      const key = this.next().text;
      this.expect(']');
      const path =
        this.peek().type === 'word' && this.peek().text.startsWith('.')
          ? this.next().text.slice(1).split('.')
          : [];
      field = { kind: 'property', key, path };
    }
    const operator = this.parseOperator();
    if (operator === 'in' || operator === 'not in') {
      this.expect('(');
      const values = [this.expectValue('a value')];
      while (this.take(',')) values.push(this.expectValue('a value'));
      this.expect(')');
      return { kind: 'clause', field, operator, values };
    }
    if (operator === 'is' || operator === 'is not') {
      if (!this.isWord('empty') && !this.isWord('null')) {
        throw syntaxError(
          `Expecting 'EMPTY' or 'NULL' but got '${this.peek().text}'.`,
          this.peek().position,
        );
      }
      this.next();
      return { kind: 'clause', field, operator, values: [] };
    }
    return { kind: 'clause', field, operator, values: [this.expectValue('a value')] };
  }

  private parseOperator(): JqlOperator {
    const token = this.peek();
    if (token.type === 'op') return this.next().text as JqlOperator;
    if (this.isWord('in')) {
      this.next();
      return 'in';
    }
    if (this.isWord('not')) {
      this.next();
      this.expectWord('in');
      return 'not in';
    }
    if (this.isWord('is')) {
      this.next();
      if (this.isWord('not')) {
        this.next();
        return 'is not';
      }
      return 'is';
    }
    throw syntaxError(
      `Expecting operator but got '${token.text}'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.`,
      token.position,
    );
  }

  /** A field name or value: a quoted string, or a word that is not a JQL keyword. */
  private expectValue(what: string): string {
    const token = this.peek();
    if (
      token.type === 'string' ||
      (token.type === 'word' && !RESERVED.has(token.text.toLowerCase()))
    ) {
      this.next();
      return token.text;
    }
    throw syntaxError(
      `Expecting ${what} but got '${token.text || 'end of query'}'.`,
      token.position,
    );
  }

  private expect(type: Token['type']): void {
    const token = this.peek();
    if (token.type !== type)
      throw syntaxError(
        `Expecting '${type}' but got '${token.text || 'end of query'}'.`,
        token.position,
      );
    this.next();
  }

  private expectWord(word: string): void {
    if (!this.isWord(word))
      throw syntaxError(
        `Expecting '${word.toUpperCase()}' but got '${this.peek().text}'.`,
        this.peek().position,
      );
    this.next();
  }

  private take(type: Token['type']): boolean {
    if (this.peek().type !== type) return false;
    this.next();
    return true;
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token.type === 'word' && token.text.toLowerCase() === word;
  }

  private peek(): Token {
    const token = this.tokens[this.index] ?? this.tokens[this.tokens.length - 1];
    if (!token) throw new Error('no tokens');
    return token;
  }

  private next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }
}

/** Parses JQL; throws `JqlError` with Jira's message when the text is not valid JQL. */
export function parseJql(jql: string): JqlQuery {
  return new Parser(tokenize(jql)).parse();
}
