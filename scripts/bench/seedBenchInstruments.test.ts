import { openEmulatorStore } from '../../emulator/graph/store/openEmulatorStore';
import { readInstruments } from '../../src/lists/instrumentMapping';
import { instrumentsList } from '../../src/lists/schemas';
import { benchInstrumentFields } from './benchInstrumentFields';
import { seedBenchInstruments } from './seedBenchInstruments';

describe('synthetic bench instruments', () => {
  const fields = Array.from({ length: 300 }, (_, index) => benchInstrumentFields(index));

  it('are deterministic, unique and map to published instruments without being skipped', () => {
    expect(benchInstrumentFields(7)).toEqual(fields[7]);
    expect(new Set(fields.map((entry) => entry['InstrumentKey'])).size).toBe(300);
    expect(new Set(fields.map((entry) => entry['Title'])).size).toBe(300);
    const { items, skipped } = readInstruments(
      fields.map((entry, index) => ({ id: String(index + 1), eTag: `"bench,${index + 1}"`, lastModifiedDateTime: '2026-01-01T00:00:00Z', fields: entry })),
    );
    expect(skipped).toEqual([]);
    expect(items.every((item) => item.status === 'published')).toBe(true);
  });

  it('vary in language, theme and type', () => {
    const english = fields.filter((entry) => entry['Language'] === 'en').length / fields.length;
    expect(english).toBeGreaterThan(0.2);
    expect(english).toBeLessThan(0.5);
    expect(new Set(fields.flatMap((entry) => entry['Themes'] as string[])).size).toBe(9);
    expect(new Set(fields.map((entry) => entry['InstrumentType'])).size).toBe(8);
  });

  it('top the emulator list up to the total, passing its validation', () => {
    const store = openEmulatorStore(':memory:');
    try {
      const siteId = store.ensureSite('contoso.sharepoint.com', '/sites/ivho', 'IV-HO');
      store.ensureList(siteId, instrumentsList);
      store.seedItem(siteId, 'Instruments', { ...benchInstrumentFields(9999), InstrumentKey: 'existing' });
      expect(seedBenchInstruments(store, siteId, 250)).toBe(249);
      expect(store.countItems(siteId, 'Instruments')).toBe(250);
      expect(seedBenchInstruments(store, siteId, 250)).toBe(0);
    } finally {
      store.close();
    }
  });
});
