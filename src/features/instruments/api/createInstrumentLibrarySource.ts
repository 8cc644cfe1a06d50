import { field, MAX_ITEMS_PAGE_SIZE, type ItemProperty, type ListClient } from '../../../graph';
import { INSTRUMENT_SELECT, readInstruments } from '../../../lists/instrumentMapping';
import type { InstrumentCache } from '../../../storage/createInstrumentCache';
import type { InstrumentLibrarySnapshot, LibraryFirstScreen } from '../../../storage/InstrumentLibrarySnapshot';
import { applyInstrumentDelta } from '../model/applyInstrumentDelta';
import { createInstrumentSearchIndex } from '../model/createInstrumentSearchIndex';
import { EMPTY_LIBRARY_VIEW } from '../model/libraryViewState';
import { optionalEntry } from '../../../lists/optionalEntry';

/**
 * The item properties an instrument needs besides its fields: no author, editor, web URL
 * or parent reference, which Graph would otherwise send with each of thousands of items.
 */
const INSTRUMENT_ITEM_PROPERTIES: readonly ItemProperty[] = ['id', 'eTag', 'lastModifiedDateTime'];

/** Rows kept for the first screen: more than a tall window shows, a few kilobytes. */
export const FIRST_SCREEN_ROWS = 40;

/** Where the library comes from: the local cache first, then Graph. */
export interface InstrumentLibrarySource {
  /** What the default view showed last time, if stored (no network; a small read, before {@link cached}). */
  firstScreen(): Promise<LibraryFirstScreen | undefined>;
  /** The library stored on this device, if any (no network). */
  cached(): Promise<InstrumentLibrarySnapshot | undefined>;
  /**
   * The current library: the changes since `previous` (delta query), or a full load when
   * there is nothing to start from. The result is stored for the next visit.
   */
  refresh(previous: InstrumentLibrarySnapshot | undefined): Promise<InstrumentLibrarySnapshot>;
}

/** What {@link createInstrumentLibrarySource} needs. */
export interface InstrumentLibrarySourceOptions {
  /** The list client; created lazily by the caller so a bad config surfaces as a load error. */
  readonly lists: () => ListClient;
  /** Display name of the Instruments list. */
  readonly listName: string;
  readonly cache: InstrumentCache;
  /** Keeps the caches of different sites or lists apart, e.g. `contoso.sharepoint.com/sites/ivho|Instruments`. */
  readonly cacheScope: string;
}

/**
 * Cache-first loading of the published library.
 *
 * Cold start: one filtered `listItems` (selected fields, `$top` 5000, so 10,000 items are
 * two pages) and, in parallel, a `token=latest` delta for the next visit. A delta from
 * scratch would give both at once, but ListClient pages it at Graph's default of 200
 * (50 sequential requests for 10,000 items) and it cannot filter out retired items;
 * the pair above costs site + list lookup + ceil(n / 5000) sequential round trips.
 * The delta token is taken alongside the first page, so a change made in between is
 * at worst replayed by the next delta (applying it twice is harmless).
 *
 * Warm start: `deltaItems` from the stored deltaLink; an expired link makes ListClient
 * resync in full, which replaces the snapshot.
 */
export function createInstrumentLibrarySource(options: InstrumentLibrarySourceOptions): InstrumentLibrarySource {
  const { listName, cache, cacheScope } = options;

  async function coldLoad(lists: ListClient): Promise<InstrumentLibrarySnapshot> {
    const [items, deltaLink] = await Promise.all([
      lists.listItems(listName, { select: INSTRUMENT_SELECT, properties: INSTRUMENT_ITEM_PROPERTIES, filter: field('Status').eq('published'), top: MAX_ITEMS_PAGE_SIZE }),
      lists.latestDeltaLink(listName, { select: INSTRUMENT_SELECT, properties: INSTRUMENT_ITEM_PROPERTIES }).catch((error: unknown) => {
        // Without a token the next visit loads in full again; the library still shows.
        console.warn('Could not obtain a delta token for the instrument library', error);
        return undefined;
      }),
    ]);
    const { items: instruments, skipped } = readInstruments(items);
    return {
      instruments: instruments.filter((instrument) => instrument.status === 'published'),
      skippedIds: skipped.map((entry) => entry.itemId),
      ...optionalEntry('deltaLink', deltaLink),
      savedAt: new Date().toISOString(),
    };
  }

  async function refresh(previous: InstrumentLibrarySnapshot | undefined): Promise<InstrumentLibrarySnapshot> {
    const lists = options.lists();
    const next =
      previous?.deltaLink === undefined
        ? await coldLoad(lists)
        : applyInstrumentDelta(previous, await lists.deltaItems(listName, { select: INSTRUMENT_SELECT, properties: INSTRUMENT_ITEM_PROPERTIES, deltaLink: previous.deltaLink }));
    await cache.put(cacheScope, next, firstScreenOf(next));
    return next;
  }

  return { firstScreen: () => cache.getFirstScreen(cacheScope), cached: () => cache.get(cacheScope), refresh };
}

/**
 * The default view of `snapshot` as the page would show it (no search, no filter, title
 * order), cut to its first rows. Built with the same index as the page, so the two agree;
 * it needs no text index, which is what makes it cheap.
 */
export function firstScreenOf(snapshot: InstrumentLibrarySnapshot): LibraryFirstScreen {
  const index = createInstrumentSearchIndex(snapshot.instruments);
  const { instruments, counts, totals } = index.search(EMPTY_LIBRARY_VIEW);
  return { instruments: instruments.slice(0, FIRST_SCREEN_ROWS), total: index.size, counts, totals, savedAt: snapshot.savedAt };
}
