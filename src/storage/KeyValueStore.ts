/**
 * A small durable key-value store: what the outbox and the drafts need from IndexedDB.
 * Kept behind an interface so tests and browsers without IndexedDB get the in-memory one.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every stored entry, in key order. */
  entries(): Promise<ReadonlyArray<readonly [string, unknown]>>;
  /** False for the in-memory fallback: what is stored is gone after a reload. */
  readonly durable: boolean;
}

/** A store that lives as long as the page; the fallback when IndexedDB is missing or refused. */
export function createMemoryKeyValueStore(): KeyValueStore {
  const values = new Map<string, unknown>();
  return {
    durable: false,
    get: (key) => Promise.resolve(structuredClone(values.get(key))),
    put: (key, value) => {
      values.set(key, structuredClone(value));
      return Promise.resolve();
    },
    delete: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
    entries: () => Promise.resolve([...values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, value]) => [key, structuredClone(value)] as const)),
  };
}
