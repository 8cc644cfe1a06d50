import type Database from 'better-sqlite3';

/**
 * Creates the SharePoint tables when missing. Field values live in one JSON column per
 * item: lists get columns at run time, and filters are evaluated in code anyway (they
 * need SharePoint's comparison rules, not SQLite's).
 */
export function migrateStore(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS sites (
      id TEXT PRIMARY KEY,
      hostname TEXT NOT NULL COLLATE NOCASE,
      path TEXT NOT NULL COLLATE NOCASE,
      display_name TEXT NOT NULL,
      created TEXT NOT NULL,
      UNIQUE (hostname, path)
    );
    CREATE TABLE IF NOT EXISTS lists (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL REFERENCES sites(id),
      display_name TEXT NOT NULL COLLATE NOCASE,
      description TEXT NOT NULL,
      template TEXT NOT NULL,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      next_item_id INTEGER NOT NULL DEFAULT 1,
      UNIQUE (site_id, display_name)
    );
    CREATE TABLE IF NOT EXISTS columns (
      list_id TEXT NOT NULL REFERENCES lists(id),
      name TEXT NOT NULL COLLATE NOCASE,
      column_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      definition TEXT NOT NULL,
      PRIMARY KEY (list_id, name)
    );
    CREATE TABLE IF NOT EXISTS items (
      list_id TEXT NOT NULL REFERENCES lists(id),
      id INTEGER NOT NULL,
      etag_guid TEXT NOT NULL,
      version INTEGER NOT NULL,
      fields TEXT NOT NULL,
      created TEXT NOT NULL,
      modified TEXT NOT NULL,
      created_by TEXT NOT NULL,
      modified_by TEXT NOT NULL,
      PRIMARY KEY (list_id, id)
    );
    -- Every version of an item as it was stored (SharePoint's version history; "listItemVersion").
    CREATE TABLE IF NOT EXISTS item_versions (
      list_id TEXT NOT NULL,
      item_id INTEGER NOT NULL,
      version INTEGER NOT NULL,
      fields TEXT NOT NULL,
      modified TEXT NOT NULL,
      modified_by TEXT NOT NULL,
      PRIMARY KEY (list_id, item_id, version)
    );
    CREATE TABLE IF NOT EXISTS changes (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      list_id TEXT NOT NULL,
      item_id INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('upsert', 'delete')),
      at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS changes_by_list ON changes (list_id, seq);
    -- Values of enforceUniqueValues columns, so a uniqueness check is a key lookup, not a scan.
    CREATE TABLE IF NOT EXISTS unique_values (
      list_id TEXT NOT NULL,
      field TEXT NOT NULL,
      value_key TEXT NOT NULL,
      item_id INTEGER NOT NULL,
      PRIMARY KEY (list_id, field, value_key)
    );
    CREATE INDEX IF NOT EXISTS unique_values_by_item ON unique_values (list_id, item_id);
    -- SharePoint's per-site user ids (AuthorLookupId, EditorLookupId, person columns).
    CREATE TABLE IF NOT EXISTS user_lookup (lookup_id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL UNIQUE);
  `);
}
