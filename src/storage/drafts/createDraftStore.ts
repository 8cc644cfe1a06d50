import { createIndexedDbKeyValueStore } from '../createIndexedDbKeyValueStore';
import type { KeyValueStore } from '../KeyValueStore';

/** A saved draft: the value as the form last had it, and when. */
export interface SavedDraft {
  readonly value: unknown;
  /** ISO 8601. */
  readonly savedAt: string;
}

/**
 * Local drafts of forms, saved on every change so that a reload, a crash or a closed
 * tab loses nothing. Values are plain JSON; callers validate what they load (a draft may
 * come from an older version of the app).
 */
export interface DraftStore {
  /** The draft saved under `key`, or undefined. */
  load(key: string): Promise<SavedDraft | undefined>;
  save(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every draft whose key starts with `prefix`, e.g. all unfinished incident reports. */
  list(prefix: string): Promise<ReadonlyArray<{ readonly key: string; readonly draft: SavedDraft }>>;
  /** False when drafts live in memory only (no IndexedDB): they do not survive a reload. */
  durable(): Promise<boolean>;
}

/** Options of {@link createDraftStore}. */
export interface DraftStoreOptions {
  /** @default an IndexedDB database named `ivho-drafts` */
  readonly store?: Promise<KeyValueStore> | KeyValueStore;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

function isSavedDraft(value: unknown): value is SavedDraft {
  return typeof value === 'object' && value !== null && 'value' in value && typeof (value as { savedAt?: unknown }).savedAt === 'string';
}

/** Drafts in IndexedDB (memory where IndexedDB is missing). */
export function createDraftStore(options: DraftStoreOptions = {}): DraftStore {
  const now = options.now ?? (() => new Date());
  let opened: Promise<KeyValueStore> | undefined;
  const store = (): Promise<KeyValueStore> => (opened ??= Promise.resolve(options.store ?? createIndexedDbKeyValueStore({ databaseName: 'ivho-drafts' })));
  return {
    async load(key) {
      const value = await (await store()).get(key);
      return isSavedDraft(value) ? value : undefined;
    },
    async save(key, value) {
      const draft: SavedDraft = { value, savedAt: now().toISOString() };
      await (await store()).put(key, draft);
    },
    async remove(key) {
      await (await store()).delete(key);
    },
    async list(prefix) {
      return (await (await store()).entries()).flatMap(([key, draft]) => (key.startsWith(prefix) && isSavedDraft(draft) ? [{ key, draft }] : []));
    },
    async durable() {
      return (await store()).durable;
    },
  };
}
