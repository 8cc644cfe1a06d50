import type { ColumnDefinition } from '../../../src/lists/listSchema';
import type { ReadSecurity } from '../../../src/sharepoint/permissionKinds';
import { UNIQUE_VALUES_WITH_ITEM_PERMISSIONS, UNIQUE_VALUES_WITH_OWN_ITEMS } from '../../sharepoint/security/uniqueValuesAndOwnItems';
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
 * with 409 `nameAlreadyExists` (Graph's answer) or, for seeding, adds missing columns and
 * missing choices of its choice columns.
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
    const stored = tables.columnsOf(existing.id);
    for (const column of columns) {
      const found = stored.find((candidate) => candidate.definition.name.toLowerCase() === column.name.toLowerCase());
      if (found === undefined) {
        tables.insertColumn(existing.id, { id: crypto.randomUUID(), definition: column });
        continue;
      }
      // A data folder from an earlier version lacks new choices (a new case state): added, as `npm run provision` does in a tenant.
      const have = found.definition.choice?.choices ?? [];
      const missing = (column.choice?.choices ?? []).filter((choice) => !have.includes(choice));
      if (found.definition.choice !== undefined && missing.length > 0) {
        tables.updateColumn(existing.id, { id: found.id, definition: { ...found.definition, choice: { ...found.definition.choice, choices: [...have, ...missing] } } });
      }
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

/** What of a list's item-level security decides whether it may have a unique column. */
export interface ItemLevelSecurity {
  readonly readSecurity: ReadSecurity;
  readonly itemsWithOwnPermissions: boolean;
}

/** Adds one column to a list (`POST .../columns`); 409 when the name is taken, 400 for a unique column beside item-level permissions. */
export function addListColumn(tables: SharePointTables, list: ListRecord, input: unknown, now: string, itemSecurity: ItemLevelSecurity): { id: string; definition: ColumnDefinition } {
  const definition = parseColumnDefinition(input);
  if (definition.enforceUniqueValues === true && itemSecurity.readSecurity === 2) throw invalidRequest(`Column '${definition.name}': ${UNIQUE_VALUES_WITH_OWN_ITEMS}`);
  if (definition.enforceUniqueValues === true && itemSecurity.itemsWithOwnPermissions) throw invalidRequest(`Column '${definition.name}': ${UNIQUE_VALUES_WITH_ITEM_PERMISSIONS}`);
  const taken = tables.columnsOf(list.id).some((column) => column.definition.name.toLowerCase() === definition.name.toLowerCase());
  if (taken) throw columnNameTaken(definition.name);
  const column = { id: crypto.randomUUID(), definition };
  tables.insertColumn(list.id, column);
  tables.touchList(list.id, now);
  return column;
}
