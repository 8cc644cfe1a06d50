import type { Instrument } from '../lists/instrumentMapping';

/** The library as last loaded: what the tab shows at once on the next start. */
export interface InstrumentLibrarySnapshot {
  /** Published instruments that could be read. */
  readonly instruments: readonly Instrument[];
  /** Ids of list items that could not be read (missing or invalid fields). */
  readonly skippedIds: readonly string[];
  /** The Graph deltaLink to ask for changes since this snapshot; absent until one was obtained. */
  readonly deltaLink?: string;
  /** ISO 8601 time the snapshot was taken. */
  readonly savedAt: string;
}

/**
 * What the library's first screen shows in its default view (no search, no filter, title
 * order), stored apart from the snapshot: a few kilobytes a start can read and draw before
 * the whole library (megabytes) is read and indexed.
 */
export interface LibraryFirstScreen {
  /** The first instruments of the default view, in its order. */
  readonly instruments: readonly Instrument[];
  /** How many instruments the library holds. */
  readonly total: number;
  /** The default view's facet counts: per facet, per option, how many choosing it gives. */
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Per facet, the results with that facet on "all". */
  readonly totals: Readonly<Record<string, number>>;
  /** `savedAt` of the snapshot it was taken from. */
  readonly savedAt: string;
}

