import { useCallback, useEffect, useState } from 'react';
import { hasLibraryViewState, readLibraryViewState, writeLibraryViewState, type LibraryViewState } from './libraryViewState';

/**
 * The library view kept in the page URL's query string, so a view can be bookmarked,
 * reloaded and pinned. `history.replaceState` keeps the Teams iframe's history from
 * filling with one entry per keystroke; a back/forward navigation is followed. A Teams
 * `subPageId` (from a deep link) is the starting view when the URL holds none.
 */
export function useLibraryViewState(subPageId?: string): readonly [LibraryViewState, (next: LibraryViewState) => void] {
  const [view, setView] = useState<LibraryViewState>(() =>
    subPageId !== undefined && subPageId !== '' && !hasLibraryViewState(window.location.search) ? readLibraryViewState(subPageId) : readLibraryViewState(window.location.search),
  );

  useEffect(() => {
    const follow = (): void => setView(readLibraryViewState(window.location.search));
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, []);

  const update = useCallback((next: LibraryViewState) => {
    setView(next);
    const search = writeLibraryViewState(next, window.location.search);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, []);

  return [view, update] as const;
}
