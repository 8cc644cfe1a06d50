import { createMemoryKeyValueStore, type KeyValueStore } from './KeyValueStore';

/** Options of {@link createIndexedDbKeyValueStore}. */
export interface IndexedDbKeyValueStoreOptions {
  readonly databaseName: string;
  /** The object store inside the database. @default 'entries' */
  readonly storeName?: string;
  /** @default globalThis.indexedDB */
  readonly indexedDB?: IDBFactory;
}

const DEFAULT_STORE = 'entries';
const DATABASE_VERSION = 1;

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
  });
}

function openDatabase(factory: IDBFactory, name: string, storeName: string): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    try {
      const request = factory.open(name, DATABASE_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName);
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
}

/**
 * A key-value store in its own IndexedDB database. Where IndexedDB is missing or refused
 * (some embedded browsers, private modes) it falls back to memory and says so through
 * `durable`, so the UI can warn that a reload would lose unsent work.
 */
export async function createIndexedDbKeyValueStore(options: IndexedDbKeyValueStoreOptions): Promise<KeyValueStore> {
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  const storeName = options.storeName ?? DEFAULT_STORE;
  const database = factory === undefined ? undefined : await openDatabase(factory, options.databaseName, storeName);
  if (database === undefined) return createMemoryKeyValueStore();

  const objectStore = (mode: IDBTransactionMode): IDBObjectStore => database.transaction(storeName, mode).objectStore(storeName);

  return {
    durable: true,
    get: (key) => requestResult(objectStore('readonly').get(key)),
    put: async (key, value) => {
      const store = objectStore('readwrite');
      store.put(value, key);
      await transactionDone(store.transaction);
    },
    delete: async (key) => {
      const store = objectStore('readwrite');
      store.delete(key);
      await transactionDone(store.transaction);
    },
    entries: async () => {
      const store = objectStore('readonly');
      const [keys, values] = await Promise.all([requestResult(store.getAllKeys()), requestResult(store.getAll())]);
      // Keys are always strings here: put() is the only writer.
      return keys.map((key, index) => [typeof key === 'string' ? key : JSON.stringify(key), values[index]] as const);
    },
  };
}
