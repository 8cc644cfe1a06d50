import { field, type ListClient } from '../../../graph';
import { INSTRUMENT_SELECT, readInstruments, type Instrument } from '../../../lists/instrumentMapping';

/** The published instruments, and how many list items could not be read. */
export interface PublishedInstruments {
  /** Sorted by title (Graph ignores `$orderby` on list items). */
  readonly instruments: readonly Instrument[];
  /** Malformed items that were left out. */
  readonly skipped: number;
}

/**
 * Reads every published instrument from the Instruments list: selected fields only,
 * filtered on the indexed Status column, every page followed.
 */
export async function listPublishedInstruments(lists: ListClient, listName: string): Promise<PublishedInstruments> {
  const items = await lists.listItems(listName, { select: INSTRUMENT_SELECT, filter: field('Status').eq('published') });
  const { items: instruments, skipped } = readInstruments(items);
  const byTitle = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  return {
    instruments: [...instruments].filter((instrument) => instrument.status === 'published').sort((a, b) => byTitle.compare(a.title, b.title)),
    skipped: skipped.length,
  };
}
