import { createIndexedDbKeyValueStore } from './createIndexedDbKeyValueStore';
import type { KeyValueStore } from './KeyValueStore';
import type { InstrumentLibrarySnapshot, LibraryFirstScreen } from './InstrumentLibrarySnapshot';
import { optionalEntry } from '../lists/optionalEntry';

/** A place to keep the last library between visits. Never throws: a failing store behaves as empty. */
export interface InstrumentCache {
  /** The snapshot stored for `scope`, or undefined when there is none or it cannot be read. */
  get(scope: string): Promise<InstrumentLibrarySnapshot | undefined>;
  /** The first screen stored for `scope` (a small record, read before the snapshot), or undefined. */
  getFirstScreen(scope: string): Promise<LibraryFirstScreen | undefined>;
  /** Stores the snapshot for `scope`, and its first screen when given; failures (quota, private mode) are ignored. */
  put(scope: string, snapshot: InstrumentLibrarySnapshot, firstScreen?: LibraryFirstScreen): Promise<void>;
}

/** Options of {@link createInstrumentCache}. */
export interface InstrumentCacheOptions {
  /** @default 'ivho-library' */
  readonly databaseName?: string;
  /** @default globalThis.indexedDB (absent in some embedded browsers: the cache is then empty) */
  readonly indexedDB?: IDBFactory;
}

/** The database of the cached library; sign-out deletes it. */
export const INSTRUMENT_CACHE_DATABASE = 'ivho-library';

const STORE = 'snapshots';
/**
 * Bumped whenever the stored Instrument shape changes: older records are ignored (and
 * overwritten on the next save) instead of being shown half-understood.
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

interface StoredRecord {
  readonly schemaVersion: number;
  readonly snapshot: InstrumentLibrarySnapshot;
}

interface StoredFirstScreen {
  readonly schemaVersion: number;
  readonly firstScreen: LibraryFirstScreen;
}

/** The key of a scope's first screen: beside the snapshot's, never equal to another scope's. */
const firstScreenKey = (scope: string): string => `${scope}\u0000first-screen`;

const isCountRecord = (value: unknown): boolean => typeof value === 'object' && value !== null && Object.values(value).every((count) => typeof count === 'number');

function isFirstScreen(value: unknown): value is LibraryFirstScreen {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    Array.isArray(record['instruments']) &&
    (record['instruments'] as unknown[]).every((item) => typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string') &&
    typeof record['total'] === 'number' &&
    typeof record['savedAt'] === 'string' &&
    isCountRecord(record['totals']) &&
    typeof record['counts'] === 'object' &&
    record['counts'] !== null &&
    Object.values(record['counts']).every(isCountRecord)
  );
}

function isSnapshot(value: unknown): value is InstrumentLibrarySnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    Array.isArray(record['instruments']) &&
    Array.isArray(record['skippedIds']) &&
    (record['deltaLink'] === undefined || typeof record['deltaLink'] === 'string') &&
    typeof record['savedAt'] === 'string' &&
    (record['instruments'] as unknown[]).every((item) => typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string')
  );
}

/**
 * An IndexedDB cache of the instrument library, one record per scope (site + list, so
 * two configurations never mix). Versioned; a missing, blocked or broken database
 * behaves as an empty cache, because the cache only ever makes the start faster.
 */
export function createInstrumentCache(options: InstrumentCacheOptions = {}): InstrumentCache {
  let opening: Promise<KeyValueStore | undefined> | undefined;
  // Without IndexedDB there is no cache: a copy in memory would only duplicate what the page already holds.
  const open = (): Promise<KeyValueStore | undefined> =>
    (opening ??= createIndexedDbKeyValueStore({
      databaseName: options.databaseName ?? INSTRUMENT_CACHE_DATABASE,
      storeName: STORE,
      ...optionalEntry('indexedDB', options.indexedDB),
    }).then((store) => (store.durable ? store : undefined)));

  async function get(scope: string): Promise<InstrumentLibrarySnapshot | undefined> {
    try {
      const stored = await (await open())?.get(scope);
      if (typeof stored !== 'object' || stored === null) return undefined;
      const record = stored as Partial<StoredRecord>;
      return record.schemaVersion === SNAPSHOT_SCHEMA_VERSION && isSnapshot(record.snapshot) ? record.snapshot : undefined;
    } catch {
      return undefined;
    }
  }

  async function getFirstScreen(scope: string): Promise<LibraryFirstScreen | undefined> {
    try {
      const stored = await (await open())?.get(firstScreenKey(scope));
      if (typeof stored !== 'object' || stored === null) return undefined;
      const record = stored as Partial<StoredFirstScreen>;
      return record.schemaVersion === SNAPSHOT_SCHEMA_VERSION && isFirstScreen(record.firstScreen) ? record.firstScreen : undefined;
    } catch {
      return undefined;
    }
  }

  async function put(scope: string, snapshot: InstrumentLibrarySnapshot, firstScreen?: LibraryFirstScreen): Promise<void> {
    try {
      const record: StoredRecord = { schemaVersion: SNAPSHOT_SCHEMA_VERSION, snapshot };
      const store = await open();
      await store?.put(scope, record);
      // After the snapshot: a first screen left over from an older one is only shown until the snapshot is read.
      if (firstScreen !== undefined) await store?.put(firstScreenKey(scope), { schemaVersion: SNAPSHOT_SCHEMA_VERSION, firstScreen } satisfies StoredFirstScreen);
    } catch {
      // A cache that cannot be written only costs the next start its head start.
    }
  }

  return { get, getFirstScreen, put };
}
