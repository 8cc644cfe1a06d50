import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Instrument } from '../lists/instrumentMapping';
import { createInstrumentCache, SNAPSHOT_SCHEMA_VERSION } from './createInstrumentCache';
import type { InstrumentLibrarySnapshot } from './InstrumentLibrarySnapshot';

const instrument = {
  id: '1',
  eTag: '"1,1"',
  key: 'dpia',
  title: 'DPIA',
  summary: 'Sjabloon',
  bodyHtml: '<p>x</p>',
  themes: ['privacy'],
  processSteps: [],
  type: 'handreiking',
  audience: [],
  language: 'nl',
  tags: [],
  status: 'published',
  lastModified: '2026-01-01T00:00:00Z',
} satisfies Instrument;

const snapshot: InstrumentLibrarySnapshot = { instruments: [instrument], skippedIds: ['7'], deltaLink: '/delta?token=abc', savedAt: '2026-01-02T00:00:00.000Z' };

describe('createInstrumentCache', () => {
  it('stores and returns a snapshot per scope, across cache instances', async () => {
    const factory = new IDBFactory();
    await createInstrumentCache({ indexedDB: factory }).put('site-a|Instruments', snapshot);
    const reopened = createInstrumentCache({ indexedDB: factory });
    expect(await reopened.get('site-a|Instruments')).toEqual(snapshot);
    expect(await reopened.get('site-b|Instruments')).toBeUndefined();
  });

  it('keeps the first screen beside the snapshot, per scope, and ignores a malformed one', async () => {
    const factory = new IDBFactory();
    const firstScreen = { instruments: [instrument], total: 1, counts: { theme: { privacy: 1 } }, totals: { theme: 1 }, savedAt: snapshot.savedAt };
    await createInstrumentCache({ indexedDB: factory }).put('site-a|Instruments', snapshot, firstScreen);
    const reopened = createInstrumentCache({ indexedDB: factory });
    expect(await reopened.getFirstScreen('site-a|Instruments')).toEqual(firstScreen);
    expect(await reopened.getFirstScreen('site-b|Instruments')).toBeUndefined();
    // The snapshot itself is unchanged by it.
    expect(await reopened.get('site-a|Instruments')).toEqual(snapshot);
    await reopened.put('site-c|Instruments', snapshot, { ...firstScreen, counts: { theme: { privacy: 'one' } } } as never);
    expect(await reopened.getFirstScreen('site-c|Instruments')).toBeUndefined();
  });

  it('overwrites the previous snapshot', async () => {
    const cache = createInstrumentCache({ indexedDB: new IDBFactory() });
    await cache.put('s', snapshot);
    await cache.put('s', { ...snapshot, instruments: [], deltaLink: 'next' });
    expect((await cache.get('s'))?.deltaLink).toBe('next');
    expect((await cache.get('s'))?.instruments).toEqual([]);
  });

  it('ignores records of another schema version or shape', async () => {
    const factory = new IDBFactory();
    await createInstrumentCache({ indexedDB: factory, databaseName: 'x' }).put('s', snapshot);
    // Rewrite the record as an older app version would have left it.
    await new Promise<void>((resolve, reject) => {
      const open = factory.open('x', 1);
      open.onsuccess = () => {
        const transaction = open.result.transaction('snapshots', 'readwrite');
        transaction.objectStore('snapshots').put({ schemaVersion: SNAPSHOT_SCHEMA_VERSION - 1, snapshot }, 'old');
        transaction.objectStore('snapshots').put({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, snapshot: { instruments: 'nope' } }, 'bad');
        transaction.oncomplete = () => {
          open.result.close();
          resolve();
        };
        transaction.onerror = () => reject(new Error('write failed'));
      };
    });
    const cache = createInstrumentCache({ indexedDB: factory, databaseName: 'x' });
    expect(await cache.get('old')).toBeUndefined();
    expect(await cache.get('bad')).toBeUndefined();
    expect(await cache.get('s')).toEqual(snapshot);
  });

  it('behaves as empty when IndexedDB is missing or broken', async () => {
    const global = globalThis as { indexedDB?: IDBFactory };
    const saved = global.indexedDB;
    delete global.indexedDB;
    const missing = createInstrumentCache({ databaseName: 'missing' });
    const broken = createInstrumentCache({
      indexedDB: {
        open: () => {
          throw new Error('SecurityError');
        },
      } as unknown as IDBFactory,
    });
    for (const cache of [missing, broken]) {
      await expect(cache.put('s', snapshot)).resolves.toBeUndefined();
      await expect(cache.get('s')).resolves.toBeUndefined();
    }
    if (saved !== undefined) global.indexedDB = saved;
  });

  it('uses the global indexedDB by default', async () => {
    const cache = createInstrumentCache({ databaseName: 'default-test' });
    await cache.put('s', snapshot);
    expect(await createInstrumentCache({ databaseName: 'default-test' }).get('s')).toEqual(snapshot);
  });
});
