import { useCallback, useEffect, useRef, useState } from 'react';
import { isConsentMissing } from '../../../auth/isConsentMissing';
import type { FeaturePermission } from '../../../config/FeaturePermission';
import { mergeFavourites, readLibraryPreferences, type LibraryPreferences } from '../model/libraryPreferences';

/** Where the preferences live (the app folder of the user's OneDrive, through Graph). */
export interface LibraryPreferencesStore {
  read(): Promise<unknown>;
  write(value: LibraryPreferences): Promise<void>;
  /** The permission the store needs, to explain it when consent is missing. */
  readonly permission?: FeaturePermission;
}

/** Favourites and the previous visit, for the library screens. */
export interface LibraryPreferencesState {
  readonly favourites: ReadonlySet<string>;
  /** When the user opened the library before this visit; undefined on a first visit. */
  readonly previousVisitAt: string | undefined;
  readonly toggleFavourite: (id: string) => void;
  /** The last save failed; the change is kept here and retried with the next one. */
  readonly saveFailed: boolean;
  /** The app has no consent for the store's scopes: favourites are off until it has. */
  readonly blocked: boolean;
  /** Loads again (after an administrator granted consent), without a reload of the tab. */
  readonly retry: () => void;
}

const SAVE_AFTER_MS = 600;

/**
 * Loads the preferences once the library shows (`ready`), records this visit, and saves favourite changes shortly
 * after they are made by re-reading and merging (another device may have saved), so two
 * devices never undo each other's favourites.
 */
export function useLibraryPreferences(store: LibraryPreferencesStore | undefined, ready: boolean): LibraryPreferencesState {
  const [favourites, setFavourites] = useState<ReadonlySet<string>>(new Set());
  const [previousVisitAt, setPreviousVisitAt] = useState<string | undefined>();
  const [saveFailed, setSaveFailed] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const changes = useRef({ added: new Set<string>(), removed: new Set<string>() });
  const visitAt = useRef(new Date().toISOString());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(async () => {
    if (store === undefined) return;
    try {
      const merged = mergeFavourites(readLibraryPreferences(await store.read()), changes.current, visitAt.current);
      await store.write(merged);
      changes.current = { added: new Set(), removed: new Set() };
      setFavourites(new Set(merged.favourites));
      setSaveFailed(false);
    } catch (error: unknown) {
      if (isConsentMissing(error)) setBlocked(true);
      else setSaveFailed(true);
    }
  }, [store]);

  useEffect(() => {
    // Only once the library is on screen: favourites must not delay the first row.
    if (store === undefined || !ready) return undefined;
    let cancelled = false;
    void (async () => {
      try {
        const stored = readLibraryPreferences(await store.read());
        if (cancelled) return;
        setBlocked(false);
        setFavourites(new Set(stored.favourites));
        setPreviousVisitAt(stored.lastVisitAt);
        // Record this visit, so the next one marks what is new since now.
        await store.write(mergeFavourites(stored, changes.current, visitAt.current));
      } catch (error: unknown) {
        // Without consent the feature says so; offline or a OneDrive hiccup leaves favourites empty, the library works.
        if (!cancelled && isConsentMissing(error)) setBlocked(true);
      }
    })();
    return () => {
      cancelled = true;
      clearTimeout(timer.current);
    };
  }, [store, ready, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  const toggleFavourite = useCallback(
    (id: string) => {
      setFavourites((current) => {
        const next = new Set(current);
        if (next.has(id)) {
          next.delete(id);
          changes.current.added.delete(id);
          changes.current.removed.add(id);
        } else {
          next.add(id);
          changes.current.removed.delete(id);
          changes.current.added.add(id);
        }
        return next;
      });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    [save],
  );

  return { favourites, previousVisitAt, toggleFavourite, saveFailed, blocked, retry };
}
