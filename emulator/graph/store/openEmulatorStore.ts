import Database from 'better-sqlite3';
import type { ListSchema } from '../../../src/lists/listSchema';
import { createListItem } from '../sharepoint/listItemWrites';
import { createListRecord } from '../sharepoint/createListRecord';
import { migrateStore } from './migrateStore';
import { createSharePointTables } from './sharePointTables';
import type { SharePointTables } from './sharePointTables';
import type { IdentityRecord } from './storeRecords';

/** The emulator's persistent SharePoint state. */
export interface EmulatorStore {
  /** Creates the site if missing; returns its Graph id `hostname,guid,guid`. */
  ensureSite(hostname: string, serverRelativePath: string, displayName: string): string;
  /**
   * Creates a list from an app schema (src/lists ListSchema) if no list of that display
   * name exists; returns list id (guid). An existing list gets the schema's missing columns.
   */
  ensureList(siteId: string, schema: ListSchema): string;
  /**
   * Inserts an item bypassing roles (for seeding); returns item id. Validates like POST,
   * except that multi-valued columns need no `@odata.type` annotation. Throws on invalid fields.
   */
  seedItem(siteId: string, listDisplayName: string, fields: Record<string, unknown>): string;
  /** Marks every delta token issued so far as expired (next use -> 410). */
  expireDeltaTokens(): void;
  /** Number of items in a list (for tests counting exactly-once delivery). */
  countItems(siteId: string, listDisplayName: string): number;
  close(): void;
  /** The open database, so other emulator parts can keep their own tables in the same file. */
  readonly database: Database.Database;
  /** Row access for the SharePoint handler. */
  readonly tables: SharePointTables;
  /** Runs `work` in one transaction; a throw rolls everything back (nested calls become savepoints). */
  transaction<T>(work: () => T): T;
  /** Current delta-token generation; tokens of an older one are expired. */
  deltaTokenGeneration(): number;
  /** The store's clock (tests replace it through {@link EmulatorStoreOptions.now}). */
  now(): Date;
}

/** Options of {@link openEmulatorStore}. */
export interface EmulatorStoreOptions {
  /** @default () => new Date() */
  readonly now?: () => Date;
}

/** Who seeded items appear to be created by, as in a freshly provisioned SharePoint site. */
export const SYSTEM_ACCOUNT: IdentityRecord = { id: 'system-account', displayName: 'System Account', email: '' };

const GENERATION_KEY = 'deltaTokenGeneration';

/** Opens (creating when needed) the store at `file`, or an in-memory one for `':memory:'`. */
export function openEmulatorStore(file: string, options: EmulatorStoreOptions = {}): EmulatorStore {
  const database = new Database(file);
  if (file !== ':memory:') database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  migrateStore(database);
  const tables = createSharePointTables(database);
  const now = options.now ?? (() => new Date());
  const transaction = <T>(work: () => T): T => database.transaction(work)();
  const isoNow = () => `${now().toISOString().slice(0, 19)}Z`;

  const requireList = (siteId: string, listDisplayName: string) => {
    const list = tables.findList(siteId, listDisplayName);
    if (list === undefined) throw new Error(`No list '${listDisplayName}' in site ${siteId}`);
    return list;
  };

  return {
    ensureSite: (hostname, serverRelativePath, displayName) =>
      transaction(() => {
        const path = normalizeServerRelativePath(serverRelativePath);
        const existing = tables.findSiteByPath(hostname, path);
        if (existing !== undefined) return existing.id;
        const id = `${hostname.toLowerCase()},${crypto.randomUUID()},${crypto.randomUUID()}`;
        tables.insertSite({ id, hostname: hostname.toLowerCase(), serverRelativePath: path, displayName, createdDateTime: isoNow() });
        return id;
      }),
    ensureList: (siteId, schema) =>
      transaction(() => {
        if (tables.findSiteById(siteId) === undefined) throw new Error(`No site ${siteId}`);
        return createListRecord(tables, siteId, { displayName: schema.displayName, description: schema.description, columns: schema.columns }, isoNow(), {
          ifExists: 'addMissingColumns',
        }).id;
      }),
    seedItem: (siteId, listDisplayName, fields) =>
      transaction(() => {
        const list = requireList(siteId, listDisplayName);
        const columns = tables.columnsOf(list.id).map((column) => column.definition);
        const item = createListItem({ tables, list, columns, identity: SYSTEM_ACCOUNT, now: isoNow() }, fields, { requireCollectionAnnotation: false });
        return String(item.id);
      }),
    expireDeltaTokens: () => {
      transaction(() => tables.writeMeta(GENERATION_KEY, String(readGeneration(tables) + 1)));
    },
    countItems: (siteId, listDisplayName) => tables.countItems(requireList(siteId, listDisplayName).id),
    close: () => database.close(),
    database,
    tables,
    transaction,
    deltaTokenGeneration: () => readGeneration(tables),
    now,
  };
}

function readGeneration(tables: SharePointTables): number {
  return Number(tables.readMeta(GENERATION_KEY) ?? '0');
}

/** `/sites/ivho/` and `sites/ivho` both become `/sites/ivho`. */
export function normalizeServerRelativePath(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
