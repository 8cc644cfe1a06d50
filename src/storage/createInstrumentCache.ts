import type { InstrumentLibrarySnapshot } from './InstrumentLibrarySnapshot';

/** A place to keep the last library between visits. Never throws: a failing store behaves as empty. */
export interface InstrumentCache {
  /** The snapshot stored for `scope`, or undefined when there is none or it cannot be read. */
  get(scope: string): Promise<InstrumentLibrarySnapshot | undefined>;
  /** Stores the snapshot for `scope`; failures (quota, private mode) are ignored. */
  put(scope: string, snapshot: InstrumentLibrarySnapshot): Promise<void>;
}

/** Options of {@link createInstrumentCache}. */
export interface InstrumentCacheOptions {
  /** @default 'ivho-library' */
  readonly databaseName?: string;
  /** @default globalThis.indexedDB (absent in some embedded browsers: the cache is then empty) */
  readonly indexedDB?: IDBFactory;
}

const STORE = 'snapshots';
const DATABASE_VERSION = 1;
/**
 * Bumped whenever the stored Instrument shape changes: older records are ignored (and
 * overwritten on the next save) instead of being shown half-understood.
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

interface StoredRecord {
  readonly schemaVersion: number;
  readonly snapshot: InstrumentLibrarySnapshot;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
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
  const databaseName = options.databaseName ?? 'ivho-library';
  let opening: Promise<IDBDatabase | undefined> | undefined;

  function open(): Promise<IDBDatabase | undefined> {
    opening ??= new Promise<IDBDatabase | undefined>((resolve) => {
      const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
      if (factory === undefined) {
        resolve(undefined);
        return;
      }
      try {
        const request = factory.open(databaseName, DATABASE_VERSION);
        request.onupgradeneeded = () => {
          if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
        };
        request.onsuccess = () => {
          const database = request.result;
          // Another tab upgrading the schema must not be blocked by us.
          database.onversionchange = () => database.close();
          resolve(database);
        };
        request.onerror = () => resolve(undefined);
        request.onblocked = () => resolve(undefined);
      } catch {
        resolve(undefined);
      }
    });
    return opening;
  }

  async function get(scope: string): Promise<InstrumentLibrarySnapshot | undefined> {
    try {
      const database = await open();
      if (database === undefined) return undefined;
      const stored: unknown = await requestResult(database.transaction(STORE, 'readonly').objectStore(STORE).get(scope));
      if (typeof stored !== 'object' || stored === null) return undefined;
      const record = stored as Partial<StoredRecord>;
      return record.schemaVersion === SNAPSHOT_SCHEMA_VERSION && isSnapshot(record.snapshot) ? record.snapshot : undefined;
    } catch {
      return undefined;
    }
  }

  async function put(scope: string, snapshot: InstrumentLibrarySnapshot): Promise<void> {
    try {
      const database = await open();
      if (database === undefined) return;
      const transaction = database.transaction(STORE, 'readwrite');
      const record: StoredRecord = { schemaVersion: SNAPSHOT_SCHEMA_VERSION, snapshot };
      transaction.objectStore(STORE).put(record, scope);
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
      });
    } catch {
      // A cache that cannot be written only costs the next start its head start.
    }
  }

  return { get, put };
}
