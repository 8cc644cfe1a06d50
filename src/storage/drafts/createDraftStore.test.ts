import { IDBFactory } from 'fake-indexeddb';
import { createIndexedDbKeyValueStore } from '../createIndexedDbKeyValueStore';
import { createMemoryKeyValueStore } from '../KeyValueStore';
import { createDraftStore } from './createDraftStore';

describe('createDraftStore', () => {
  it('saves, lists by prefix, loads after a "reload" and removes drafts in IndexedDB', async () => {
    const indexedDB = new IDBFactory();
    const first = createDraftStore({ store: createIndexedDbKeyValueStore({ databaseName: 'drafts-test', indexedDB }), now: () => new Date('2026-11-28T10:00:00Z') });
    await first.save('incident:a', { title: 'Brandalarm', text: 'x'.repeat(20_000) });
    await first.save('incident:b', { title: 'Phishing' });
    await first.save('assessment:c', { answers: {} });
    expect(await first.durable()).toBe(true);

    // A new page opens the same database: everything is still there.
    const second = createDraftStore({ store: createIndexedDbKeyValueStore({ databaseName: 'drafts-test', indexedDB }) });
    const incidents = await second.list('incident:');
    expect(incidents.map((entry) => entry.key)).toEqual(['incident:a', 'incident:b']);
    const loaded = await second.load('incident:a');
    expect(loaded).toEqual({ value: { title: 'Brandalarm', text: 'x'.repeat(20_000) }, savedAt: '2026-11-28T10:00:00.000Z' });

    await second.remove('incident:a');
    expect(await second.load('incident:a')).toBeUndefined();
    expect((await second.list('incident:')).map((entry) => entry.key)).toEqual(['incident:b']);
  });

  it('removes a draft older than its maximum age when it is read, and keeps a younger one', async () => {
    let now = new Date('2026-11-01T10:00:00Z');
    const backing = createMemoryKeyValueStore();
    const drafts = createDraftStore({ store: backing, now: () => now, maxAgeMs: 14 * 24 * 60 * 60 * 1000 });
    await drafts.save('report:old', { title: 'Naam en BSN van een student' });
    now = new Date('2026-11-10T10:00:00Z');
    await drafts.save('report:young', { title: 'Deur open' });
    now = new Date('2026-11-15T10:00:01Z');
    expect((await drafts.list('report:')).map((entry) => entry.key)).toEqual(['report:young']);
    expect(await drafts.load('report:old')).toBeUndefined();
    expect((await backing.entries()).map(([key]) => key)).toEqual(['report:young']);
    now = new Date('2026-11-24T10:00:01Z');
    expect(await drafts.load('report:young')).toBeUndefined();
    expect(await backing.entries()).toEqual([]);
  });

  it('falls back to memory without IndexedDB and says so', async () => {
    const store = createDraftStore({ store: createIndexedDbKeyValueStore({ databaseName: 'none', indexedDB: undefined as unknown as IDBFactory }) });
    await store.save('k', { a: 1 });
    expect((await store.load('k'))?.value).toEqual({ a: 1 });
    // Jest's node environment has no global indexedDB, so this is the memory store.
    expect(await store.durable()).toBe(false);
  });
});
