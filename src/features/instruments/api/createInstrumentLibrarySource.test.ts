import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { DeltaOptions, DeltaResult, ListClient, ListItem, ListItemsOptions } from '../../../graph';
import { INSTRUMENT_SELECT, toInstrumentFields } from '../../../lists/instrumentMapping';
import { createInstrumentCache } from '../../../storage/createInstrumentCache';
import { makeInstrument } from '../testing/makeInstrument';
import { createInstrumentLibrarySource, FIRST_SCREEN_ROWS } from './createInstrumentLibrarySource';

function listItem(id: string, title: string, overrides: Record<string, unknown> = {}): ListItem {
  const { id: _id, eTag: _eTag, lastModified: _lastModified, ...draft } = makeInstrument(id, title);
  return { id, eTag: `"${id},1"`, fields: { ...toInstrumentFields(draft), ...overrides }, createdDateTime: undefined, lastModifiedDateTime: '2026-01-01T00:00:00Z', webUrl: undefined };
}

interface Calls {
  listItems: ListItemsOptions[];
  delta: DeltaOptions[];
  latest: string[];
}

/** A list client answering listItems and deltaItems from the test; any other call fails. */
function fakeLists(items: ListItem[], delta: (options: DeltaOptions) => DeltaResult): { lists: ListClient; calls: Calls } {
  const calls: Calls = { listItems: [], delta: [], latest: [] };
  const unexpected = (): never => {
    throw new Error('unexpected list client call');
  };
  const lists: ListClient = {
    siteId: () => Promise.resolve('host,site-guid,web-guid'),
    listId: () => Promise.resolve('list-guid'),
    listItems: (_list, options) => {
      calls.listItems.push(options);
      return Promise.resolve(items);
    },
    deltaItems: (_list, options) => {
      calls.delta.push(options);
      return Promise.resolve(delta(options));
    },
    latestDeltaLink: (list) => {
      calls.latest.push(list);
      return Promise.resolve().then(() => delta({ select: [], deltaLink: 'latest' }).deltaLink);
    },
    getItem: unexpected,
    createItem: unexpected,
    updateItemFields: unexpected,
    deleteItem: unexpected,
    batch: unexpected,
    itemVersions: unexpected,
  };
  return { lists, calls };
}

describe('createInstrumentLibrarySource', () => {
  it('loads cold with one filtered items query plus a latest delta token, and caches the result', async () => {
    const { lists, calls } = fakeLists([listItem('1', 'Eén'), listItem('2', 'Kapot', { Summary: undefined })], () => ({ items: [], deleted: [], deltaLink: 'https://graph/delta?token=t1', resynced: false }));
    const cache = createInstrumentCache({ indexedDB: new IDBFactory() });
    const source = createInstrumentLibrarySource({ lists: () => lists, listName: 'Instruments', cache, cacheScope: 'scope' });
    expect(await source.cached()).toBeUndefined();

    const snapshot = await source.refresh(undefined);
    expect(snapshot.instruments.map((instrument) => instrument.title)).toEqual(['Eén']);
    expect(snapshot.skippedIds).toEqual(['2']);
    expect(snapshot.deltaLink).toBe('https://graph/delta?token=t1');
    expect(calls.listItems).toHaveLength(1);
    expect(calls.listItems[0]?.select).toEqual(INSTRUMENT_SELECT);
    expect(calls.listItems[0]?.top).toBe(5000);
    expect(JSON.stringify(calls.listItems[0]?.filter)).toContain('published');
    expect(calls.latest).toEqual(['Instruments']);
    expect(calls.delta).toEqual([]);
    expect(await source.cached()).toEqual(snapshot);
    expect(await source.firstScreen()).toMatchObject({ instruments: snapshot.instruments, total: 1, savedAt: snapshot.savedAt });
  });

  it('stores the first screen of the default view: the first rows in title order, the facet counts of all', async () => {
    const titles = Array.from({ length: 60 }, (_, index) => `Instrument ${String(60 - index).padStart(2, '0')}`);
    const { lists } = fakeLists(titles.map((title, index) => listItem(String(index + 1), title)), () => ({ items: [], deleted: [], deltaLink: 'd', resynced: false }));
    const source = createInstrumentLibrarySource({ lists: () => lists, listName: 'Instruments', cache: createInstrumentCache({ indexedDB: new IDBFactory() }), cacheScope: 'scope' });
    await source.refresh(undefined);
    const first = await source.firstScreen();
    expect(first?.total).toBe(60);
    expect(first?.instruments.map((instrument) => instrument.title)).toEqual([...titles].sort().slice(0, FIRST_SCREEN_ROWS));
    expect(first?.totals['theme']).toBe(60);
  });

  it('refreshes warm through the stored deltaLink only', async () => {
    const { lists, calls } = fakeLists([], (options) =>
      options.deltaLink === 'link-1' ? { items: [listItem('3', 'Drie')], deleted: ['1'], deltaLink: 'link-2', resynced: false } : { items: [], deleted: [], deltaLink: 'other', resynced: false },
    );
    const cache = createInstrumentCache({ indexedDB: new IDBFactory() });
    const source = createInstrumentLibrarySource({ lists: () => lists, listName: 'Instruments', cache, cacheScope: 'scope' });
    const next = await source.refresh({ instruments: [makeInstrument('1', 'Eén'), makeInstrument('2', 'Twee')], skippedIds: [], deltaLink: 'link-1', savedAt: '2026-01-01T00:00:00.000Z' });
    expect(calls.listItems).toEqual([]);
    expect(next.instruments.map((instrument) => instrument.id)).toEqual(['2', '3']);
    expect(next.deltaLink).toBe('link-2');
    expect((await source.cached())?.deltaLink).toBe('link-2');
  });

  it('still shows a cold load when no delta token can be had', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { lists } = fakeLists([listItem('1', 'Eén')], () => {
      throw new Error('delta unavailable');
    });
    const source = createInstrumentLibrarySource({ lists: () => lists, listName: 'Instruments', cache: createInstrumentCache({ indexedDB: new IDBFactory() }), cacheScope: 's' });
    const snapshot = await source.refresh(undefined);
    expect(snapshot.instruments).toHaveLength(1);
    expect(snapshot.deltaLink).toBeUndefined();
  });
});
