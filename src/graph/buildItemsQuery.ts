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
  /**
   * The item's own properties to return (`$select`), when not all: Graph then leaves out
   * the rest (`createdBy`, `lastModifiedBy`, `webUrl`, `parentReference`, `contentType`),
   * a few hundred bytes of every item of a big list. @default every property
   */
  readonly properties?: readonly ItemProperty[];
}

/** Properties of a `listItem` the app may ask for by `$select`. */
export type ItemProperty = 'id' | 'eTag' | 'createdDateTime' | 'lastModifiedDateTime' | 'createdBy' | 'lastModifiedBy';

/**
 * The query string (with its leading `?`) for `.../items`:
 * `expand=fields(select=A,B)`, `$top` and the encoded `$filter`.
 */
export function buildItemsQuery(query: ItemsQuery): string {
  const parts = [expandFields(query.select), ...selectProperties(query.properties)];
  const top = query.top ?? MAX_ITEMS_PAGE_SIZE;
  if (!Number.isInteger(top) || top < 1 || top > MAX_ITEMS_PAGE_SIZE) {
    throw new RangeError(`$top must be an integer from 1 to ${MAX_ITEMS_PAGE_SIZE}, got ${top}`);
  }
  parts.push(`$top=${top}`);
  if (query.filter !== undefined) parts.push(`$filter=${encodeFilter(query.filter)}`);
  return `?${parts.join('&')}`;
}

/** `$select=id,eTag` for the given item properties; nothing when all are wanted. */
export function selectProperties(properties: readonly ItemProperty[] | undefined): string[] {
  return properties === undefined ? [] : [`$select=${properties.join(',')}`];
}

/** `expand=fields(select=A,B)`, or `expand=fields` for every field. */
export function expandFields(select: readonly string[]): string {
  if (select.length === 0) return 'expand=fields';
  return `expand=fields(select=${select.map(assertFieldName).join(',')})`;
}
