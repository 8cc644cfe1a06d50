import { assertFieldName, encodeFilter } from './FilterExpression';
import type { FilterExpression } from './FilterExpression';

/** Graph's largest page of list items: the fewest round trips for big lists. */
export const MAX_ITEMS_PAGE_SIZE = 5000;

/** What to read from a list. */
export interface ItemsQuery {
  /** Internal names of the fields to return; empty returns every field. */
  readonly select: readonly string[];
  readonly filter?: FilterExpression;
  /** Page size, 1..5000. @default 5000 */
  readonly top?: number;
}

/**
 * The query string (with its leading `?`) for `.../items`:
 * `expand=fields(select=A,B)`, `$top` and the encoded `$filter`.
 */
export function buildItemsQuery(query: ItemsQuery): string {
  const parts = [expandFields(query.select)];
  const top = query.top ?? MAX_ITEMS_PAGE_SIZE;
  if (!Number.isInteger(top) || top < 1 || top > MAX_ITEMS_PAGE_SIZE) {
    throw new RangeError(`$top must be an integer from 1 to ${MAX_ITEMS_PAGE_SIZE}, got ${top}`);
  }
  parts.push(`$top=${top}`);
  if (query.filter !== undefined) parts.push(`$filter=${encodeFilter(query.filter)}`);
  return `?${parts.join('&')}`;
}

/** `expand=fields(select=A,B)`, or `expand=fields` for every field. */
export function expandFields(select: readonly string[]): string {
  if (select.length === 0) return 'expand=fields';
  return `expand=fields(select=${select.map(assertFieldName).join(',')})`;
}
