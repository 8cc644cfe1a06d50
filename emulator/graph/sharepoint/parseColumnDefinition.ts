import { z } from 'zod';
import type { ColumnDefinition } from '../../../src/lists/listSchema';
import { columnKind, isMultiValued } from '../../../src/lists/listSchema';
import { isReadOnlyFieldName } from './builtInColumns';
import { invalidRequest, SharePointError } from './SharePointError';

const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

/** Graph column facets the emulator does not implement: refused instead of silently dropped. */
const UNSUPPORTED_FACETS = ['lookup', 'calculated', 'currency', 'term', 'geolocation', 'thumbnail', 'contentApprovalStatus', 'defaultValue', 'validation'];

const columnSchema = z.object({
  name: z.string().regex(COLUMN_NAME, 'must be a SharePoint internal name (letters, digits, _; at most 32)'),
  displayName: z.string().min(1).max(255).optional(),
  description: z.string().max(255).optional(),
  indexed: z.boolean().optional(),
  required: z.boolean().optional(),
  enforceUniqueValues: z.boolean().optional(),
  text: z
    .object({
      allowMultipleLines: z.boolean().optional(),
      textType: z.enum(['plain', 'richText']).optional(),
      maxLength: z.number().int().min(1).max(255).optional(),
    })
    .optional(),
  choice: z
    .object({
      choices: z.array(z.string().min(1).max(255)).min(1),
      allowTextEntry: z.boolean().optional(),
      displayAs: z.enum(['dropDownMenu', 'checkBoxes', 'radioButtons']).optional(),
    })
    .optional(),
  number: z
    .object({
      decimalPlaces: z.enum(['none', 'automatic', 'one', 'two']).optional(),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
    })
    .optional(),
  dateTime: z
    .object({ format: z.enum(['dateOnly', 'dateTime']).optional(), displayAs: z.enum(['default', 'friendly', 'standard']).optional() })
    .optional(),
  boolean: z.object({}).optional(),
  hyperlinkOrPicture: z.object({ isPicture: z.boolean().optional() }).optional(),
  personOrGroup: z
    .object({ allowMultipleSelection: z.boolean().optional(), chooseFromType: z.enum(['peopleOnly', 'peopleAndGroups']).optional() })
    .optional(),
});

/**
 * Checks a `columnDefinition` from a request body (or an app schema) and returns it
 * reduced to the properties the emulator implements. Throws 400 `invalidRequest`.
 */
export function parseColumnDefinition(input: unknown): ColumnDefinition {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidRequest('A column definition must be a JSON object.');
  }
  const unsupported = UNSUPPORTED_FACETS.filter((facet) => facet in input);
  if (unsupported.length > 0) {
    throw invalidRequest(`The emulator does not support the column propert${unsupported.length === 1 ? 'y' : 'ies'} ${unsupported.join(', ')}.`);
  }
  const parsed = columnSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'column'}: ${issue.message}`).join('; ');
    throw invalidRequest(`Invalid column definition: ${issues}`);
  }
  // zod types optional keys as `T | undefined`; with them stripped this is a ColumnDefinition.
  const column = stripUndefined(parsed.data) as unknown as ColumnDefinition;
  let kind;
  try {
    kind = columnKind(column);
  } catch {
    throw invalidRequest(`Column '${column.name}' must have exactly one type facet (text, choice, number, dateTime, boolean, hyperlinkOrPicture or personOrGroup).`);
  }
  if (isReadOnlyFieldName(column.name)) {
    throw columnNameTaken(column.name);
  }
  if (column.enforceUniqueValues === true) {
    // SharePoint refuses uniqueness without an index and on columns that cannot be indexed.
    if (column.indexed !== true) throw invalidRequest(`Column '${column.name}': enforceUniqueValues requires indexed to be true.`);
    if (isMultiValued(column) || column.text?.allowMultipleLines === true || kind === 'hyperlinkOrPicture') {
      throw invalidRequest(`Column '${column.name}': this column type cannot enforce unique values.`);
    }
  }
  if (column.number?.minimum !== undefined && column.number.maximum !== undefined && column.number.minimum > column.number.maximum) {
    throw invalidRequest(`Column '${column.name}': minimum is greater than maximum.`);
  }
  return column;
}

/** 409 `nameAlreadyExists` for a column name the list already has (SharePoint names are case-insensitive). */
export function columnNameTaken(columnName: string): SharePointError {
  return new SharePointError(409, 'nameAlreadyExists', `A duplicate field name "${columnName}" was found.`);
}

/** zod keeps explicit `undefined` keys out already; this also drops ones produced by optional objects. */
function stripUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}
