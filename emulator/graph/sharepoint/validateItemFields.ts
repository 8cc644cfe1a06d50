import { storeRichText } from './storeRichText';
import type { ColumnDefinition } from '../../../src/lists/listSchema';
import { columnKind, isMultiValued } from '../../../src/lists/listSchema';
import { isReadOnlyFieldName } from './builtInColumns';
import { normalizeDateTime } from './normalizeDateTime';
import { invalidRequest } from './SharePointError';

/** How strictly {@link validateItemFields} reads its input. */
export interface FieldValidationOptions {
  /** `create` checks required columns are present; `update` only checks what is sent. */
  readonly mode: 'create' | 'update';
  /**
   * Graph refuses a bare array for a multi-valued column: it needs the sibling
   * `Name@odata.type: "Collection(Edm.String)"`. Seeding code may skip it.
   */
  readonly requireCollectionAnnotation: boolean;
}

/** Single-line text columns hold at most 255 characters in SharePoint. */
const SINGLE_LINE_MAX = 255;
/** Multi-line text limit of SharePoint (63,999 characters for plain text is documented; rich text shares it). */
const MULTI_LINE_MAX = 63_999;
const COLLECTION_ANNOTATION = '@odata.type';

/**
 * The field key a column is written and read under: its name, or `<name>LookupId` for
 * person columns (Graph writes people by their site user lookup id).
 */
export function fieldKeyOf(column: ColumnDefinition): string {
  return column.personOrGroup === undefined ? column.name : `${column.name}LookupId`;
}

/**
 * Checks a `fields` object of `POST .../items` or `PATCH .../items/{id}/fields` against
 * the list's columns and returns the values to store, normalised the way SharePoint
 * returns them; `null` means "clear this field". Throws 400 `invalidRequest`.
 */
export function validateItemFields(
  columns: readonly ColumnDefinition[],
  input: unknown,
  options: FieldValidationOptions,
): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidRequest('The request body must contain a "fields" object.');
  }
  const byKey = new Map(columns.map((column) => [fieldKeyOf(column), column]));
  const entries = Object.entries(input as Record<string, unknown>);
  const annotated = new Set<string>();
  for (const [key, value] of entries) {
    if (!key.endsWith(COLLECTION_ANNOTATION) || key.startsWith('@')) continue;
    const base = key.slice(0, -COLLECTION_ANNOTATION.length);
    if (!byKey.has(base)) throw invalidRequest(`Field '${base}' is not recognized`);
    if (typeof value !== 'string' || !/^Collection\(Edm\.(String|Int32)\)$/.test(value)) {
      throw invalidRequest(`Invalid type annotation for field '${base}': ${JSON.stringify(value)}`);
    }
    annotated.add(base);
  }

  const result: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (key.startsWith('@odata.') || key.endsWith(COLLECTION_ANNOTATION)) continue;
    const column = byKey.get(key);
    if (column === undefined) {
      if (isReadOnlyFieldName(key)) throw invalidRequest(`Field '${key}' is read-only`);
      throw invalidRequest(`Field '${key}' is not recognized`);
    }
    if (isMultiValued(column) && Array.isArray(value) && options.requireCollectionAnnotation && !annotated.has(key)) {
      throw invalidRequest(`A collection value for field '${key}' needs the annotation '${key}@odata.type': 'Collection(Edm.String)'`);
    }
    result[key] = normalizeValue(column, key, value);
  }

  for (const column of columns) {
    if (column.required !== true) continue;
    const key = fieldKeyOf(column);
    const sent = Object.prototype.hasOwnProperty.call(result, key);
    if ((options.mode === 'create' && !sent) || (sent && isEmpty(result[key]))) {
      throw invalidRequest(`Field '${key}' is required`);
    }
  }
  return result;
}

/** True for the values SharePoint treats as "no value". */
export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function normalizeValue(column: ColumnDefinition, key: string, value: unknown): unknown {
  if (value === null) return null;
  const wrongType = (expected: string) => invalidRequest(`Invalid value for field '${key}': expected ${expected}, got ${JSON.stringify(value)}`);
  switch (columnKind(column)) {
    case 'text': {
      if (typeof value !== 'string') throw wrongType('a string');
      const limit = column.text?.allowMultipleLines === true ? MULTI_LINE_MAX : Math.min(column.text?.maxLength ?? SINGLE_LINE_MAX, SINGLE_LINE_MAX);
      if (value.length > limit) throw invalidRequest(`Field '${key}' is longer than ${limit} characters`);
      return column.text?.textType === 'richText' ? storeRichText(value) : value;
    }
    case 'choice':
      return normalizeChoice(column, key, value, wrongType);
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType('a number');
      const { minimum, maximum } = column.number ?? {};
      if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum)) {
        throw invalidRequest(`Field '${key}' must be between ${minimum ?? '-∞'} and ${maximum ?? '∞'}`);
      }
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongType('true or false');
      return value;
    case 'dateTime': {
      if (typeof value !== 'string') throw wrongType('an ISO 8601 date-time string');
      if (value === '') return null;
      const normalized = normalizeDateTime(value);
      if (normalized === undefined) throw wrongType('an ISO 8601 date-time string');
      return normalized;
    }
    case 'hyperlinkOrPicture':
      // Writing a hyperlink value through Graph fails in SharePoint Online whatever its
      // shape (microsoft-graph-docs #1965: "The request is malformed or incorrect.";
      // msgraph-sdk-dotnet #2957): the emulator refuses it too, so nothing relies on it.
      throw invalidRequest('The request is malformed or incorrect.');
    case 'personOrGroup': {
      const toLookupId = (entry: unknown): string => {
        if ((typeof entry === 'number' && Number.isInteger(entry) && entry > 0) || (typeof entry === 'string' && /^[1-9][0-9]*$/.test(entry))) {
          return String(entry);
        }
        throw wrongType('a user lookup id');
      };
      if (isMultiValued(column)) {
        if (!Array.isArray(value)) throw wrongType('an array of user lookup ids');
        return value.map(toLookupId);
      }
      return toLookupId(value);
    }
  }
}

function normalizeChoice(column: ColumnDefinition, key: string, value: unknown, wrongType: (expected: string) => Error): unknown {
  const choices = column.choice?.choices ?? [];
  const check = (entry: unknown): string => {
    if (typeof entry !== 'string') throw wrongType('a string');
    if (column.choice?.allowTextEntry !== true && !choices.includes(entry)) {
      throw invalidRequest(`Invalid choice for field '${key}': '${entry}' is not one of its choices`);
    }
    return entry;
  };
  if (isMultiValued(column)) {
    if (!Array.isArray(value)) throw wrongType('an array of strings');
    return value.map(check);
  }
  if (value === '') return null;
  return check(value);
}
