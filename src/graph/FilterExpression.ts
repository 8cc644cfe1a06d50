/**
 * An OData `$filter` for list items that can only be built from validated field names
 * and escaped literals, so no user input can change its structure.
 *
 * ```ts
 * and(field('Status').eq('published'), or(field('Language').eq('nl'), startsWith('Title', "O'Brien")))
 * // fields/Status eq 'published' and (fields/Language eq 'nl' or startswith(fields/Title,'O''Brien'))
 * ```
 */

const brand: unique symbol = Symbol('FilterExpression');

/** A finished filter; only the functions of this module make one. */
export interface FilterExpression {
  readonly [brand]: true;
  /** The filter as OData text, not yet URL-encoded. */
  readonly odata: string;
  /** Internal names of the columns the filter reads (for index checks and tests). */
  readonly fields: readonly string[];
  /** True when the expression is an `or` (so `and` has to parenthesise it). */
  readonly isOr: boolean;
}

/** A value a filter may compare with. Dates are sent as ISO 8601 UTC strings. */
export type FilterValue = string | number | boolean | Date;

/** Comparison operators Graph supports on list item fields. */
export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

/** A reference to `fields/<name>` with one method per comparison operator. */
export interface FieldRef {
  readonly name: string;
  eq(value: FilterValue): FilterExpression;
  ne(value: FilterValue): FilterExpression;
  lt(value: FilterValue): FilterExpression;
  gt(value: FilterValue): FilterExpression;
  le(value: FilterValue): FilterExpression;
  ge(value: FilterValue): FilterExpression;
}

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Throws unless `name` is a plain SharePoint internal column name. */
export function assertFieldName(name: string): string {
  if (!FIELD_NAME.test(name)) throw new TypeError(`Not a valid field name for a filter: ${JSON.stringify(name)}`);
  return name;
}

/** `fields/<name>`, validated. */
export function field(name: string): FieldRef {
  assertFieldName(name);
  const compare = (operator: ComparisonOperator) => (value: FilterValue) => make(`fields/${name} ${operator} ${odataLiteral(value)}`, [name], false);
  return {
    name,
    eq: compare('eq'),
    ne: compare('ne'),
    lt: compare('lt'),
    gt: compare('gt'),
    le: compare('le'),
    ge: compare('ge'),
  };
}

/** `startswith(fields/<name>,'<prefix>')`. */
export function startsWith(target: FieldRef | string, prefix: string): FilterExpression {
  const name = assertFieldName(typeof target === 'string' ? target : target.name);
  return make(`startswith(fields/${name},${odataLiteral(prefix)})`, [name], false);
}

/** All of the expressions (at least one). `or` operands are parenthesised. */
export function and(...expressions: readonly FilterExpression[]): FilterExpression {
  return combine('and', expressions);
}

/** Any of the expressions (at least one). */
export function or(...expressions: readonly FilterExpression[]): FilterExpression {
  return combine('or', expressions);
}

/** True for values made by this module. */
export function isFilterExpression(value: unknown): value is FilterExpression {
  return typeof value === 'object' && value !== null && (value as { [brand]?: unknown })[brand] === true;
}

/**
 * The `$filter` query value: the OData text percent-encoded as one query component.
 * Beyond `encodeURIComponent`, quotes and brackets are encoded too (RFC 3986 strict),
 * so no proxy or URL normaliser can mistake a literal's quote for syntax.
 */
export function encodeFilter(expression: FilterExpression): string {
  if (!isFilterExpression(expression)) throw new TypeError('Filters must be built with field(), and(), or() or startsWith()');
  return encodeURIComponent(expression.odata).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An OData literal: strings quoted with inner quotes doubled; numbers, booleans, dates checked. */
export function odataLiteral(value: FilterValue): string {
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot filter on a non-finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('Cannot filter on an invalid Date');
    // SharePoint through Graph compares dateTime columns with a quoted ISO string.
    return `'${value.toISOString()}'`;
  }
  throw new TypeError(`Unsupported filter value: ${typeof value}`);
}

function combine(operator: 'and' | 'or', expressions: readonly FilterExpression[]): FilterExpression {
  if (expressions.length === 0) throw new TypeError(`${operator}() needs at least one expression`);
  for (const expression of expressions) {
    if (!isFilterExpression(expression)) throw new TypeError('Filters must be built with field(), and(), or() or startsWith()');
  }
  const [only] = expressions;
  if (expressions.length === 1 && only !== undefined) return only;
  // `and` binds tighter than `or`: wrap only what would otherwise regroup.
  const parts = expressions.map((expression) => (operator === 'and' && expression.isOr ? `(${expression.odata})` : expression.odata));
  const fields = [...new Set(expressions.flatMap((expression) => expression.fields))];
  return make(parts.join(` ${operator} `), fields, operator === 'or');
}

function make(odata: string, fields: readonly string[], isOr: boolean): FilterExpression {
  return Object.freeze({ [brand]: true as const, odata, fields, isOr });
}
