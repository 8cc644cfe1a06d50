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
  /**
   * How long a draft is kept: an older one is removed when next read, so a half-typed
   * report with personal data does not stay on a shared device for ever. @default 14 days
   */
  readonly maxAgeMs?: number;
}

/** The default of {@link DraftStoreOptions.maxAgeMs}: 14 days. */
export const DEFAULT_DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

function isSavedDraft(value: unknown): value is SavedDraft {
  return typeof value === 'object' && value !== null && 'value' in value && typeof (value as { savedAt?: unknown }).savedAt === 'string';
}

/** Drafts in IndexedDB (memory where IndexedDB is missing). */
export function createDraftStore(options: DraftStoreOptions = {}): DraftStore {
  const now = options.now ?? (() => new Date());
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_DRAFT_MAX_AGE_MS;
  const expired = (draft: SavedDraft): boolean => now().getTime() - Date.parse(draft.savedAt) > maxAgeMs;
  let opened: Promise<KeyValueStore> | undefined;
  const store = (): Promise<KeyValueStore> => (opened ??= Promise.resolve(options.store ?? createIndexedDbKeyValueStore({ databaseName: 'ivho-drafts' })));
  return {
    async load(key) {
      const opened = await store();
      const value = await opened.get(key);
      if (!isSavedDraft(value)) return undefined;
      if (!expired(value)) return value;
      await opened.delete(key);
      return undefined;
    },
    async save(key, value) {
      const draft: SavedDraft = { value, savedAt: now().toISOString() };
      await (await store()).put(key, draft);
    },
    async remove(key) {
      await (await store()).delete(key);
    },
    async list(prefix) {
      const opened = await store();
      const found = (await opened.entries()).flatMap(([key, draft]) => (key.startsWith(prefix) && isSavedDraft(draft) ? [{ key, draft }] : []));
      for (const old of found.filter(({ draft }) => expired(draft))) await opened.delete(old.key);
      return found.filter(({ draft }) => !expired(draft));
    },
    async durable() {
      return (await store()).durable;
    },
  };
}
