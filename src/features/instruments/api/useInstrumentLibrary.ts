import { useCallback, useEffect, useState } from 'react';
import type { InstrumentLibrarySnapshot, LibraryFirstScreen } from '../../../storage/InstrumentLibrarySnapshot';
import type { InstrumentLibrarySource } from './createInstrumentLibrarySource';

/** Where the library stands. */
export type InstrumentLibraryState =
  | { readonly status: 'loading' }
  /** The default view's first rows as stored last time, while the whole library is read. */
  | { readonly status: 'preview'; readonly firstScreen: LibraryFirstScreen }
  | {
      readonly status: 'ready';
      readonly snapshot: InstrumentLibrarySnapshot;
      /** True while a refresh from Graph is under way (the cached library is shown meanwhile). */
      readonly refreshing: boolean;
      /** The last refresh failed; the snapshot is the cached one. */
      readonly refreshError?: unknown;
    }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * Cache-first library: shows the stored first screen at once (a few kilobytes), the stored
 * snapshot as soon as it is read (megabytes), then refreshes
 * from Graph. Without a cache the first refresh decides between the library and an
 * error; with one, a failed refresh keeps the cached library on screen. Results that
 * arrive after unmount or after a newer attempt are dropped.
 */
export function useInstrumentLibrary(source: InstrumentLibrarySource): { readonly state: InstrumentLibraryState; readonly retry: () => void } {
  const [state, setState] = useState<InstrumentLibraryState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void (async () => {
      // Both reads start now; the small one answers first.
      const firstScreen = source.firstScreen();
      const snapshot = source.cached();
      const preview = await firstScreen;
      if (current && preview !== undefined) setState((previous) => (previous.status === 'loading' ? { status: 'preview', firstScreen: preview } : previous));
      const cached = await snapshot;
      if (!current) return;
      if (cached !== undefined) setState({ status: 'ready', snapshot: cached, refreshing: true });
      try {
        const fresh = await source.refresh(cached);
        if (current) setState({ status: 'ready', snapshot: fresh, refreshing: false });
      } catch (error: unknown) {
        if (!current) return;
        console.warn('Refreshing the instrument library failed', error);
        // Without a snapshot the first screen cannot stand alone: it has no search and no other rows.
        setState(cached === undefined ? { status: 'error', error } : { status: 'ready', snapshot: cached, refreshing: false, refreshError: error });
      }
    })();
    return () => {
      current = false;
    };
  }, [source, attempt]);

  const retry = useCallback(() => {
    setState((previous) => (previous.status === 'ready' ? { ...previous, refreshing: true } : previous.status === 'preview' ? previous : { status: 'loading' }));
    setAttempt((previous) => previous + 1);
  }, []);

  return { state, retry };
}
