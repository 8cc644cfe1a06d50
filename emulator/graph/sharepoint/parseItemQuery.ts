import { invalidRequest } from './SharePointError';

/** Graph's largest page of list items. */
export const MAX_PAGE_SIZE = 5000;

/** What a request for list items asks for. */
export interface ItemQuery {
  /** True when `fields` is expanded. */
  readonly expandFields: boolean;
  /** Field names of `fields(select=...)`; undefined returns every field. */
  readonly fieldSelect: readonly string[] | undefined;
  /** Item properties of `$select`; undefined returns every property. */
  readonly itemSelect: readonly string[] | undefined;
  readonly top: number;
  readonly filter: string | undefined;
  readonly skipToken: string | undefined;
}

/** A query option by its OData name; Graph accepts it with or without the `$`. */
export function queryOption(query: URLSearchParams, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name) ?? undefined;
}

/**
 * Reads `$expand` (`fields`, `fields(select=A,B)`, `fields($select=A,B)`), `$select`,
 * `$top` (1..5000, else 400), `$filter` and `$skiptoken`. `$orderby` is accepted and
 * ignored, as Graph does for list items.
 */
export function parseItemQuery(query: URLSearchParams, pageSizeDefault: number): ItemQuery {
  const expand = parseExpand(queryOption(query, 'expand'));
  const select = queryOption(query, 'select');
  return {
    expandFields: expand.expandFields,
    fieldSelect: expand.fieldSelect,
    itemSelect: select === undefined ? undefined : splitNames(select),
    top: parseTop(queryOption(query, 'top'), pageSizeDefault),
    filter: nonEmpty(queryOption(query, 'filter')),
    skipToken: nonEmpty(queryOption(query, 'skiptoken')),
  };
}

/** `$top` as a page size; 400 unless a whole number from 1 to 5000. */
export function parseTop(value: string | undefined, pageSizeDefault: number): number {
  if (value === undefined) return pageSizeDefault;
  if (!/^\d+$/.test(value.trim())) throw invalidRequest(`Invalid $top value '${value}': expected a positive integer.`);
  const top = Number(value);
  if (top < 1 || top > MAX_PAGE_SIZE) throw invalidRequest(`The $top value must be between 1 and ${MAX_PAGE_SIZE}, got ${top}.`);
  return top;
}

function parseExpand(value: string | undefined): { expandFields: boolean; fieldSelect: readonly string[] | undefined } {
  if (value === undefined || value.trim() === '') return { expandFields: false, fieldSelect: undefined };
  let expandFields = false;
  let fieldSelect: readonly string[] | undefined;
  for (const entry of splitTopLevel(value, ',')) {
    const match = /^([A-Za-z]+)\s*(?:\((.*)\))?$/s.exec(entry.trim());
    if (match === null) throw invalidRequest(`Parsing OData Select and Expand failed: invalid $expand '${value}'.`);
    const [, name = '', options] = match;
    if (name !== 'fields') throw invalidRequest(`Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.listItem'.`);
    expandFields = true;
    for (const option of splitTopLevel(options ?? '', ';')) {
      const pair = /^\s*\$?(\w+)\s*=\s*(.*)$/s.exec(option);
      if (pair === null) {
        if (option.trim() === '') continue;
        throw invalidRequest(`Parsing OData Select and Expand failed: invalid option '${option}' in $expand.`);
      }
      if (pair[1]?.toLowerCase() === 'select') fieldSelect = splitNames(pair[2] ?? '');
    }
  }
  return { expandFields, fieldSelect };
}

function splitNames(list: string): string[] {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** Splits on `separator` outside parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth < 0) throw invalidRequest(`Parsing OData Select and Expand failed: unbalanced parentheses in '${text}'.`);
    if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (depth !== 0) throw invalidRequest(`Parsing OData Select and Expand failed: unbalanced parentheses in '${text}'.`);
  parts.push(current);
  return parts;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
