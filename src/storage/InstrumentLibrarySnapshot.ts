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
