import type Database from 'better-sqlite3';
import type { ColumnDefinition } from '../../../src/lists/listSchema';
import type { ChangeKind, IdentityRecord, ItemRecord, ItemVersionRecord, ListRecord, SiteRecord, StoredColumn } from './storeRecords';

/**
 * Row-level access to the SharePoint tables. No rules here: validation, roles and
 * transactions belong to the callers (the handler and the seeding functions).
 */
export interface SharePointTables {
  findSiteById(id: string): SiteRecord | undefined;
  findSiteByPath(hostname: string, serverRelativePath: string): SiteRecord | undefined;
  insertSite(site: SiteRecord): void;
  listsOfSite(siteId: string): ListRecord[];
  /** By GUID (any case) or, failing that, by display name (any case). */
  findList(siteId: string, idOrDisplayName: string): ListRecord | undefined;
  insertList(list: ListRecord): void;
  touchList(listId: string, modified: string): void;
  columnsOf(listId: string): StoredColumn[];
  insertColumn(listId: string, column: StoredColumn): void;
  /** Replaces the stored definition of a column (its id and position stay). */
  updateColumn(listId: string, column: StoredColumn): void;
  /** Takes the next item id of a list (ids are never reused, like SharePoint's). */
  takeItemId(listId: string): number;
  findItem(listId: string, itemId: number): ItemRecord | undefined;
  /** Items with id greater than `afterId`, in id order, read lazily. */
  itemsAfter(listId: string, afterId: number): IterableIterator<ItemRecord>;
  insertItem(item: ItemRecord): void;
  updateItem(item: ItemRecord): void;
  /** The stored versions of an item, newest first (each insert and update keeps one). */
  versionsOf(listId: string, itemId: number): ItemVersionRecord[];
  deleteItem(listId: string, itemId: number): void;
  countItems(listId: string): number;
  recordChange(listId: string, itemId: number, kind: ChangeKind, at: string): number;
  /** Highest change sequence number of the whole store (0 when none). */
  latestChangeSeq(): number;
  /** Distinct item ids changed in `(fromSeq, toSeq]`, greater than `afterId`, in id order. */
  changedItemIds(listId: string, fromSeq: number, toSeq: number, afterId: number, limit: number): number[];
  /** The item holding `valueKey` in a unique column, if any. */
  uniqueValueOwner(listId: string, field: string, valueKey: string): number | undefined;
  /** Replaces the unique-column values recorded for an item (an empty map releases them all). */
  setUniqueValues(listId: string, itemId: number, values: ReadonlyMap<string, string>): void;
  /** The site user lookup id of a user, assigned on first use. */
  lookupIdOf(userId: string): number;
  /** Who a lookup id was given to, if anyone. */
  userIdOfLookupId(lookupId: number): string | undefined;
  readMeta(key: string): string | undefined;
  writeMeta(key: string, value: string): void;
}

interface ItemRow {
  list_id: string;
  id: number;
  etag_guid: string;
  version: number;
  fields: string;
  created: string;
  modified: string;
  created_by: string;
  modified_by: string;
}

interface ListRow {
  id: string;
  site_id: string;
  display_name: string;
  description: string;
  template: string;
  created: string;
  modified: string;
}

interface SiteRow {
  id: string;
  hostname: string;
  path: string;
  display_name: string;
  created: string;
}

/** Prepares the statements once and returns the table accessors. */
export function createSharePointTables(db: Database.Database): SharePointTables {
  const statements = {
    siteById: db.prepare<[string], SiteRow>('SELECT * FROM sites WHERE id = ? COLLATE NOCASE'),
    siteByPath: db.prepare<[string, string], SiteRow>('SELECT * FROM sites WHERE hostname = ? AND path = ?'),
    insertSite: db.prepare('INSERT INTO sites (id, hostname, path, display_name, created) VALUES (?, ?, ?, ?, ?)'),
    listsOfSite: db.prepare<[string], ListRow>('SELECT * FROM lists WHERE site_id = ? ORDER BY created, rowid'),
    listById: db.prepare<[string, string], ListRow>('SELECT * FROM lists WHERE site_id = ? AND id = ? COLLATE NOCASE'),
    listByName: db.prepare<[string, string], ListRow>('SELECT * FROM lists WHERE site_id = ? AND display_name = ?'),
    insertList: db.prepare(
      'INSERT INTO lists (id, site_id, display_name, description, template, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    touchList: db.prepare('UPDATE lists SET modified = ? WHERE id = ?'),
    columnsOf: db.prepare<[string], { column_id: string; definition: string }>(
      'SELECT column_id, definition FROM columns WHERE list_id = ? ORDER BY position',
    ),
    insertColumn: db.prepare(
      'INSERT INTO columns (list_id, name, column_id, position, definition) VALUES (?, ?, ?, (SELECT COUNT(*) FROM columns WHERE list_id = ?), ?)',
    ),
    updateColumn: db.prepare('UPDATE columns SET definition = ? WHERE list_id = ? AND column_id = ?'),
    takeItemId: db.prepare<[string], { id: number }>('UPDATE lists SET next_item_id = next_item_id + 1 WHERE id = ? RETURNING next_item_id - 1 AS id'),
    findItem: db.prepare<[string, number], ItemRow>('SELECT * FROM items WHERE list_id = ? AND id = ?'),
    itemsAfter: db.prepare<[string, number], ItemRow>('SELECT * FROM items WHERE list_id = ? AND id > ? ORDER BY id'),
    insertItem: db.prepare(
      'INSERT INTO items (list_id, id, etag_guid, version, fields, created, modified, created_by, modified_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    updateItem: db.prepare('UPDATE items SET version = ?, fields = ?, modified = ?, modified_by = ? WHERE list_id = ? AND id = ?'),
    deleteItem: db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?'),
    insertVersion: db.prepare('INSERT OR REPLACE INTO item_versions (list_id, item_id, version, fields, modified, modified_by) VALUES (?, ?, ?, ?, ?, ?)'),
    versionsOf: db.prepare<[string, number], { version: number; fields: string; modified: string; modified_by: string }>(
      'SELECT version, fields, modified, modified_by FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC',
    ),
    deleteVersions: db.prepare('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?'),
    countItems: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM items WHERE list_id = ?'),
    recordChange: db.prepare('INSERT INTO changes (list_id, item_id, kind, at) VALUES (?, ?, ?, ?)'),
    latestChangeSeq: db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM changes'),
    changedItemIds: db.prepare<[string, number, number, number, number], { item_id: number }>(
      'SELECT DISTINCT item_id FROM changes WHERE list_id = ? AND seq > ? AND seq <= ? AND item_id > ? ORDER BY item_id LIMIT ?',
    ),
    uniqueOwner: db.prepare<[string, string, string], { item_id: number }>(
      'SELECT item_id FROM unique_values WHERE list_id = ? AND field = ? AND value_key = ?',
    ),
    releaseUnique: db.prepare('DELETE FROM unique_values WHERE list_id = ? AND item_id = ?'),
    claimUnique: db.prepare('INSERT INTO unique_values (list_id, field, value_key, item_id) VALUES (?, ?, ?, ?)'),
    insertLookup: db.prepare('INSERT INTO user_lookup (user_id) VALUES (?) ON CONFLICT (user_id) DO NOTHING'),
    lookupOf: db.prepare<[string], { lookup_id: number }>('SELECT lookup_id FROM user_lookup WHERE user_id = ?'),
    userOfLookup: db.prepare<[number], { user_id: string }>('SELECT user_id FROM user_lookup WHERE lookup_id = ?'),
    readMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    writeMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };

  /** SharePoint keeps each version of an item; stored on every insert and update. */
  const keepVersion = (item: ItemRecord): void => {
    statements.insertVersion.run(item.listId, item.id, item.version, JSON.stringify(item.fields), item.lastModifiedDateTime, JSON.stringify(item.lastModifiedBy));
  };

  return {
    findSiteById: (id) => toSite(statements.siteById.get(id)),
    findSiteByPath: (hostname, path) => toSite(statements.siteByPath.get(hostname, path)),
    insertSite: (site) => {
      statements.insertSite.run(site.id, site.hostname, site.serverRelativePath, site.displayName, site.createdDateTime);
    },
    listsOfSite: (siteId) => statements.listsOfSite.all(siteId).map(toList),
    findList: (siteId, idOrName) => {
      const row = statements.listById.get(siteId, idOrName) ?? statements.listByName.get(siteId, idOrName);
      return row === undefined ? undefined : toList(row);
    },
    insertList: (list) => {
      statements.insertList.run(list.id, list.siteId, list.displayName, list.description, list.template, list.createdDateTime, list.lastModifiedDateTime);
    },
    touchList: (listId, modified) => {
      statements.touchList.run(modified, listId);
    },
    columnsOf: (listId) =>
      statements.columnsOf.all(listId).map((row) => ({ id: row.column_id, definition: JSON.parse(row.definition) as ColumnDefinition })),
    updateColumn: (listId, column) => {
      statements.updateColumn.run(JSON.stringify(column.definition), listId, column.id);
    },
    insertColumn: (listId, column) => {
      statements.insertColumn.run(listId, column.definition.name, column.id, listId, JSON.stringify(column.definition));
    },
    takeItemId: (listId) => {
      const row = statements.takeItemId.get(listId);
      if (row === undefined) throw new Error(`No list ${listId}`);
      return row.id;
    },
    findItem: (listId, itemId) => {
      const row = statements.findItem.get(listId, itemId);
      return row === undefined ? undefined : toItem(row);
    },
    itemsAfter: function* (listId, afterId) {
      for (const row of statements.itemsAfter.iterate(listId, afterId)) yield toItem(row);
    },
    insertItem: (item) => {
      keepVersion(item);
      statements.insertItem.run(
        item.listId,
        item.id,
        item.etagGuid,
        item.version,
        JSON.stringify(item.fields),
        item.createdDateTime,
        item.lastModifiedDateTime,
        JSON.stringify(item.createdBy),
        JSON.stringify(item.lastModifiedBy),
      );
    },
    updateItem: (item) => {
      keepVersion(item);
      statements.updateItem.run(item.version, JSON.stringify(item.fields), item.lastModifiedDateTime, JSON.stringify(item.lastModifiedBy), item.listId, item.id);
    },
    deleteItem: (listId, itemId) => {
      statements.deleteItem.run(listId, itemId);
      statements.deleteVersions.run(listId, itemId);
    },
    versionsOf: (listId, itemId) =>
      statements.versionsOf.all(listId, itemId).map((row) => ({
        version: row.version,
        fields: JSON.parse(row.fields) as Record<string, unknown>,
        lastModifiedDateTime: row.modified,
        lastModifiedBy: JSON.parse(row.modified_by) as IdentityRecord,
      })),
    countItems: (listId) => statements.countItems.get(listId)?.n ?? 0,
    recordChange: (listId, itemId, kind, at) => Number(statements.recordChange.run(listId, itemId, kind, at).lastInsertRowid),
    latestChangeSeq: () => statements.latestChangeSeq.get()?.seq ?? 0,
    changedItemIds: (listId, fromSeq, toSeq, afterId, limit) =>
      statements.changedItemIds.all(listId, fromSeq, toSeq, afterId, limit).map((row) => row.item_id),
    uniqueValueOwner: (listId, field, valueKey) => statements.uniqueOwner.get(listId, field, valueKey)?.item_id,
    setUniqueValues: (listId, itemId, values) => {
      statements.releaseUnique.run(listId, itemId);
      for (const [field, valueKey] of values) statements.claimUnique.run(listId, field, valueKey, itemId);
    },
    lookupIdOf: (userId) => {
      statements.insertLookup.run(userId);
      const row = statements.lookupOf.get(userId);
      if (row === undefined) throw new Error(`No lookup id for ${userId}`);
      return row.lookup_id;
    },
    userIdOfLookupId: (lookupId) => statements.userOfLookup.get(lookupId)?.user_id,
    readMeta: (key) => statements.readMeta.get(key)?.value,
    writeMeta: (key, value) => {
      statements.writeMeta.run(key, value);
    },
  };
}

function toSite(row: SiteRow | undefined): SiteRecord | undefined {
  if (row === undefined) return undefined;
  return { id: row.id, hostname: row.hostname, serverRelativePath: row.path, displayName: row.display_name, createdDateTime: row.created };
}

function toList(row: ListRow): ListRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    displayName: row.display_name,
    description: row.description,
    template: row.template,
    createdDateTime: row.created,
    lastModifiedDateTime: row.modified,
  };
}

function toItem(row: ItemRow): ItemRecord {
  return {
    listId: row.list_id,
    id: row.id,
    etagGuid: row.etag_guid,
    version: row.version,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
    createdDateTime: row.created,
    lastModifiedDateTime: row.modified,
    createdBy: JSON.parse(row.created_by) as IdentityRecord,
    lastModifiedBy: JSON.parse(row.modified_by) as IdentityRecord,
  };
}
