import { parseInstrumentItem, type Instrument } from '../../../lists/instrumentMapping';
import type { InstrumentLibrarySnapshot } from '../../../storage/InstrumentLibrarySnapshot';

/** The parts of a Graph delta answer the library needs. */
export interface InstrumentDelta {
  /** Raw items created or changed (every item on a full sync). */
  readonly items: readonly unknown[];
  readonly deleted: readonly string[];
  readonly deltaLink: string;
  /** A full resync: the items replace the snapshot instead of being merged into it. */
  readonly resynced: boolean;
}

/**
 * Applies a delta to a snapshot: changed items are re-read (a retired or malformed one
 * leaves the library, a malformed one is counted), deleted ids removed, and a resync
 * starts from nothing. Order is kept; new items go last (the view sorts anyway).
 */
export function applyInstrumentDelta(previous: InstrumentLibrarySnapshot | undefined, delta: InstrumentDelta, now: Date = new Date()): InstrumentLibrarySnapshot {
  const base = delta.resynced || previous === undefined ? { instruments: [], skippedIds: [] } : previous;
  const instruments = new Map<string, Instrument>(base.instruments.map((instrument) => [instrument.id, instrument]));
  const skipped = new Set(base.skippedIds);
  for (const raw of delta.items) {
    const parsed = parseInstrumentItem(raw);
    if (parsed.ok) {
      skipped.delete(parsed.value.id);
      if (parsed.value.status === 'published') instruments.set(parsed.value.id, parsed.value);
      else instruments.delete(parsed.value.id);
      continue;
    }
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    if (id === undefined) continue;
    instruments.delete(id);
    // Only a published item that cannot be read is one the user is missing.
    const status = (raw as { fields?: { Status?: unknown } }).fields?.Status;
    if (status === 'published') skipped.add(id);
    else skipped.delete(id);
  }
  for (const id of delta.deleted) {
    instruments.delete(id);
    skipped.delete(id);
  }
  return { instruments: [...instruments.values()], skippedIds: [...skipped], deltaLink: delta.deltaLink, savedAt: now.toISOString() };
}
