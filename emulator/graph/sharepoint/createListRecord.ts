import type { ColumnDefinition } from '../../../src/lists/listSchema';
import type { SharePointTables } from '../store/sharePointTables';
import type { ListRecord } from '../store/storeRecords';
import { TITLE_COLUMN } from './builtInColumns';
import { columnNameTaken, parseColumnDefinition } from './parseColumnDefinition';
import { invalidRequest, SharePointError } from './SharePointError';

/** What a new list is made of. */
export interface NewList {
  readonly displayName: string;
  readonly description: string;
  readonly columns: readonly unknown[];
}

/**
 * Creates a generic list with the built-in Title column plus the given columns (each
 * checked with {@link parseColumnDefinition}). When the name is taken it either refuses
 * with 409 `nameAlreadyExists` (Graph's answer) or, for seeding, adds missing columns.
 * The caller runs this in a transaction.
 */
export function createListRecord(
  tables: SharePointTables,
  siteId: string,
  list: NewList,
  now: string,
  options: { readonly ifExists: 'conflict' | 'addMissingColumns' },
): ListRecord {
  const columns = list.columns.map(parseColumnDefinition);
  const seen = new Set<string>(['title']);
  for (const column of columns) {
    const key = column.name.toLowerCase();
    if (seen.has(key)) throw invalidRequest(`The column '${column.name}' is defined twice.`);
    seen.add(key);
  }
  const existing = tables.findList(siteId, list.displayName);
  if (existing !== undefined && existing.displayName.toLowerCase() === list.displayName.toLowerCase()) {
    if (options.ifExists === 'conflict') {
      throw new SharePointError(409, 'nameAlreadyExists', `A list, survey, discussion board, or document library with the specified title already exists in this Web site: '${list.displayName}'.`);
    }
    const have = new Set(tables.columnsOf(existing.id).map((column) => column.definition.name.toLowerCase()));
    for (const column of columns) {
      if (!have.has(column.name.toLowerCase())) tables.insertColumn(existing.id, { id: crypto.randomUUID(), definition: column });
    }
    return existing;
  }
  const record: ListRecord = {
    id: crypto.randomUUID(),
    siteId,
    displayName: list.displayName,
    description: list.description,
    template: 'genericList',
    createdDateTime: now,
    lastModifiedDateTime: now,
  };
  tables.insertList(record);
  tables.insertColumn(record.id, { id: crypto.randomUUID(), definition: TITLE_COLUMN });
  for (const column of columns) tables.insertColumn(record.id, { id: crypto.randomUUID(), definition: column });
  return record;
}

/** Adds one column to a list (`POST .../columns`); 409 when the name is taken. */
export function addListColumn(tables: SharePointTables, list: ListRecord, input: unknown, now: string): { id: string; definition: ColumnDefinition } {
  const definition = parseColumnDefinition(input);
  const taken = tables.columnsOf(list.id).some((column) => column.definition.name.toLowerCase() === definition.name.toLowerCase());
  if (taken) throw columnNameTaken(definition.name);
  const column = { id: crypto.randomUUID(), definition };
  tables.insertColumn(list.id, column);
  tables.touchList(list.id, now);
  return column;
}
