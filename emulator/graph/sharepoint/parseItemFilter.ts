import { invalidRequest } from './SharePointError';

/** Comparison operators of OData `$filter` that Graph supports on list item fields. */
export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

/** A literal on the right of a comparison; unquoted ISO date-times arrive as strings. */
export type FilterLiteral = string | number | boolean | null;

/** A parsed `$filter` on list items. */
export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly operator: ComparisonOperator; readonly field: string; readonly value: FilterLiteral }
  | { readonly kind: 'startswith'; readonly field: string; readonly value: string };

type Token =
  | { readonly type: 'punct'; readonly text: '(' | ')' | ',' }
  | { readonly type: 'word'; readonly text: string }
  | { readonly type: 'literal'; readonly value: FilterLiteral };

const OPERATORS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);
const MAX_LENGTH = 8_000;
const MAX_DEPTH = 64;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/;

/**
 * Parses the `$filter` subset Graph accepts on list items: `fields/X op literal` with
 * eq/ne/lt/gt/le/ge, `startswith(fields/X,'v')`, `and`, `or`, `not` and parentheses;
 * literals are '' -escaped strings, numbers, true/false/null and unquoted ISO dates.
 * Throws 400 `invalidRequest` on anything else.
 */
export function parseItemFilter(text: string): FilterNode {
  if (text.length > MAX_LENGTH) throw invalidRequest('The $filter expression is too long.');
  const tokens = tokenize(text);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const next = (): Token => {
    const token = tokens[position];
    if (token === undefined) throw syntaxError(text, 'unexpected end of expression');
    position += 1;
    return token;
  };
  const expectPunct = (punct: '(' | ')' | ','): void => {
    const token = next();
    if (token.type !== 'punct' || token.text !== punct) throw syntaxError(text, `expected '${punct}'`);
  };
  const isWord = (token: Token | undefined, word: string): boolean => token?.type === 'word' && token.text === word;

  const parseOr = (depth: number): FilterNode => {
    let left = parseAnd(depth);
    while (isWord(peek(), 'or')) {
      position += 1;
      left = { kind: 'or', left, right: parseAnd(depth) };
    }
    return left;
  };
  const parseAnd = (depth: number): FilterNode => {
    let left = parseUnary(depth);
    while (isWord(peek(), 'and')) {
      position += 1;
      left = { kind: 'and', left, right: parseUnary(depth) };
    }
    return left;
  };
  const parseUnary = (depth: number): FilterNode => {
    if (depth > MAX_DEPTH) throw invalidRequest('The $filter expression is nested too deeply.');
    if (isWord(peek(), 'not')) {
      position += 1;
      return { kind: 'not', operand: parseUnary(depth + 1) };
    }
    return parsePrimary(depth);
  };
  const parseField = (): string => {
    const token = next();
    if (token.type !== 'word' || !token.text.startsWith('fields/') || token.text.split('/').length !== 2) {
      throw syntaxError(text, 'expected a field reference fields/<name>');
    }
    return token.text.slice('fields/'.length);
  };
  const parsePrimary = (depth: number): FilterNode => {
    const token = peek();
    if (token?.type === 'punct' && token.text === '(') {
      position += 1;
      const inner = parseOr(depth + 1);
      expectPunct(')');
      return inner;
    }
    if (isWord(token, 'startswith')) {
      position += 1;
      expectPunct('(');
      const field = parseField();
      expectPunct(',');
      const value = next();
      if (value.type !== 'literal' || typeof value.value !== 'string') throw syntaxError(text, 'startswith needs a string literal');
      expectPunct(')');
      return { kind: 'startswith', field, value: value.value };
    }
    const field = parseField();
    const operator = next();
    if (operator.type !== 'word' || !OPERATORS.has(operator.text)) throw syntaxError(text, 'expected a comparison operator (eq, ne, lt, gt, le, ge)');
    const value = next();
    if (value.type !== 'literal') throw syntaxError(text, 'expected a literal value');
    return { kind: 'compare', operator: operator.text as ComparisonOperator, field, value: value.value };
  };

  const tree = parseOr(0);
  if (position !== tokens.length) throw syntaxError(text, 'unexpected text after the expression');
  return tree;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    const rest = text.slice(index);
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: 'punct', text: char });
      index += 1;
    } else if (char === "'") {
      let value = '';
      let end = index + 1;
      for (;;) {
        if (end >= text.length) throw syntaxError(text, 'unterminated string literal');
        const c = text.charAt(end);
        if (c === "'") {
          if (text.charAt(end + 1) === "'") {
            value += "'";
            end += 2;
            continue;
          }
          break;
        }
        value += c;
        end += 1;
      }
      tokens.push({ type: 'literal', value });
      index = end + 1;
    } else {
      const date = DATE_TIME.exec(rest);
      const number = NUMBER.exec(rest);
      const word = WORD.exec(rest);
      if (date !== null && date[0].length > 4 && (number === null || date[0].length > number[0].length)) {
        tokens.push({ type: 'literal', value: date[0] });
        index += date[0].length;
      } else if (number !== null) {
        tokens.push({ type: 'literal', value: Number(number[0]) });
        index += number[0].length;
      } else if (word !== null) {
        const literal = word[0] === 'true' ? true : word[0] === 'false' ? false : word[0] === 'null' ? null : undefined;
        tokens.push(literal === undefined ? { type: 'word', text: word[0] } : { type: 'literal', value: literal });
        index += word[0].length;
      } else {
        throw syntaxError(text, `unexpected character '${char}' at position ${index}`);
      }
    }
  }
  return tokens;
}

function syntaxError(text: string, detail: string): Error {
  return invalidRequest(`Invalid filter clause: ${detail}. Filter: ${text}`);
}
