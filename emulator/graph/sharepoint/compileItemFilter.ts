import type { ColumnDefinition, ColumnKind } from '../../../src/lists/listSchema';
import { columnKind } from '../../../src/lists/listSchema';
import type { ItemRecord } from '../store/storeRecords';
import { normalizeDateTime } from './normalizeDateTime';
import type { ComparisonOperator, FilterLiteral, FilterNode } from './parseItemFilter';
import { invalidRequest } from './SharePointError';
import { fieldKeyOf } from './validateItemFields';

/** A field a filter may read. */
export interface FilterableField {
  readonly kind: ColumnKind;
  readonly indexed: boolean;
  read(item: ItemRecord): unknown;
}

/** The fields of a list a filter may reference: its columns plus SharePoint's own. */
export function filterableFields(columns: readonly ColumnDefinition[]): ReadonlyMap<string, FilterableField> {
  const fields = new Map<string, FilterableField>();
  for (const column of columns) {
    const key = fieldKeyOf(column);
    fields.set(key, { kind: columnKind(column), indexed: column.indexed === true, read: (item) => item.fields[key] });
  }
  // The item id is always indexed; Created and Modified are not, unless indexed by hand.
  const idField: FilterableField = { kind: 'number', indexed: true, read: (item) => item.id };
  fields.set('id', idField);
  fields.set('ID', idField);
  fields.set('Created', { kind: 'dateTime', indexed: false, read: (item) => item.createdDateTime });
  fields.set('Modified', { kind: 'dateTime', indexed: false, read: (item) => item.lastModifiedDateTime });
  return fields;
}

/** A compiled filter: true when the item matches. */
export type ItemPredicate = (item: ItemRecord) => boolean;

/**
 * Turns a parsed filter into a predicate with SharePoint's semantics: text compares
 * case-insensitively, a multi-valued field matches when any value does, an empty field
 * only equals `null`. Throws 400 for unknown fields, type mismatches and, unless
 * `honorNonIndexedQueries`, fields without an index (Graph's refusal).
 */
export function compileItemFilter(
  node: FilterNode,
  fields: ReadonlyMap<string, FilterableField>,
  honorNonIndexedQueries: boolean,
): ItemPredicate {
  const resolve = (name: string): FilterableField => {
    const field = fields.get(name);
    if (field === undefined) throw invalidRequest(`Field '${name}' is not recognized`);
    if (!field.indexed && !honorNonIndexedQueries) {
      throw invalidRequest(
        `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
    return field;
  };
  switch (node.kind) {
    case 'and': {
      const left = compileItemFilter(node.left, fields, honorNonIndexedQueries);
      const right = compileItemFilter(node.right, fields, honorNonIndexedQueries);
      return (item) => left(item) && right(item);
    }
    case 'or': {
      const left = compileItemFilter(node.left, fields, honorNonIndexedQueries);
      const right = compileItemFilter(node.right, fields, honorNonIndexedQueries);
      return (item) => left(item) || right(item);
    }
    case 'not': {
      const operand = compileItemFilter(node.operand, fields, honorNonIndexedQueries);
      return (item) => !operand(item);
    }
    case 'startswith': {
      const field = resolve(node.field);
      if (field.kind !== 'text' && field.kind !== 'choice') throw invalidRequest(`startswith is not supported on field '${node.field}'`);
      const prefix = node.value.toLowerCase();
      return (item) => scalars(field.read(item)).some((value) => typeof value === 'string' && value.toLowerCase().startsWith(prefix));
    }
    case 'compare': {
      const field = resolve(node.field);
      const literal = coerceLiteral(field.kind, node.field, node.value);
      const operator = node.operator;
      return (item) => {
        const values = scalars(field.read(item));
        if (values.length === 0 || literal === null) {
          const bothEmpty = values.length === 0 && literal === null;
          if (operator === 'eq') return bothEmpty;
          if (operator === 'ne') return !bothEmpty;
          return false;
        }
        if (operator === 'ne') return !values.some((value) => compareScalars(value, literal) === 0);
        return values.some((value) => satisfies(operator, compareScalars(value, literal)));
      };
    }
  }
}

type Scalar = string | number | boolean;

/** The comparable values of a stored field: none when empty, several when multi-valued. */
function scalars(value: unknown): Scalar[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.flatMap(scalars);
  if (typeof value === 'object') return scalars((value as { Url?: unknown }).Url);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [value];
  return [];
}

function coerceLiteral(kind: ColumnKind, name: string, literal: FilterLiteral): Scalar | null {
  if (literal === null) return null;
  const mismatch = () => invalidRequest(`The value ${JSON.stringify(literal)} does not match the type of field '${name}'`);
  switch (kind) {
    case 'number':
      if (typeof literal === 'number') return literal;
      if (typeof literal === 'string' && literal.trim() !== '' && Number.isFinite(Number(literal))) return Number(literal);
      throw mismatch();
    case 'boolean':
      if (typeof literal === 'boolean') return literal;
      if (literal === 1 || literal === 0) return literal === 1;
      throw mismatch();
    case 'dateTime': {
      if (typeof literal !== 'string') throw mismatch();
      const normalized = normalizeDateTime(literal);
      if (normalized === undefined) throw mismatch();
      return normalized;
    }
    case 'personOrGroup':
      if (typeof literal === 'number' || typeof literal === 'string') return String(literal);
      throw mismatch();
    default:
      if (typeof literal === 'boolean') throw mismatch();
      return String(literal);
  }
}

function compareScalars(stored: Scalar, literal: Scalar): number {
  if (typeof stored === 'number' && typeof literal === 'number') return stored - literal;
  if (typeof stored === 'boolean' && typeof literal === 'boolean') return Number(stored) - Number(literal);
  const left = String(stored).toLowerCase();
  const right = String(literal).toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

function satisfies(operator: Exclude<ComparisonOperator, 'ne'>, order: number): boolean {
  switch (operator) {
    case 'eq':
      return order === 0;
    case 'lt':
      return order < 0;
    case 'gt':
      return order > 0;
    case 'le':
      return order <= 0;
    case 'ge':
      return order >= 0;
  }
}
