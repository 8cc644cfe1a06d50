import catalog from '../../config/catalog/instruments.json';
import { readInstruments } from './instrumentMapping';
import { INSTRUMENT_TYPE_IDS, PROCESS_STEP_IDS, THEME_IDS } from './vocabulary';

/** The demo catalog seeds the emulator: every entry must be a valid Instruments item. */
describe('config/catalog/instruments.json', () => {
  const asGraphItems = catalog.instruments.map((fields, index) => ({
    id: String(index + 1),
    eTag: `"catalog,${index + 1}"`,
    lastModifiedDateTime: '2026-01-01T00:00:00Z',
    fields,
  }));
  const { items, skipped } = readInstruments(asGraphItems);

  it('holds at least 45 instruments that all map without being skipped', () => {
    expect(skipped).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(45);
  });

  it('has unique keys and titles', () => {
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    expect(new Set(items.map((item) => item.title)).size).toBe(items.length);
  });

  it('covers every theme, process step and instrument type', () => {
    expect(THEME_IDS.filter((theme) => !items.some((item) => item.themes.includes(theme)))).toEqual([]);
    expect(PROCESS_STEP_IDS.filter((step) => !items.some((item) => item.processSteps.includes(step)))).toEqual([]);
    expect(INSTRUMENT_TYPE_IDS.filter((type) => !items.some((item) => item.type === type))).toEqual([]);
  });

  it('is mostly Dutch with a real English share, and retires exactly three', () => {
    const english = items.filter((item) => item.language === 'en').length;
    expect(english / items.length).toBeGreaterThan(0.25);
    expect(english / items.length).toBeLessThan(0.45);
    expect(items.filter((item) => item.status === 'retired')).toHaveLength(3);
  });

  it('links only to fictional example.org addresses, dated 2019-2026', () => {
    for (const item of items) {
      expect(item.documentUrl?.url).toMatch(/^https:\/\/example\.org\/ivho\//);
      for (const href of item.bodyHtml.matchAll(/href="([^"]*)"/g)) {
        expect(href[1]).toMatch(/^https:\/\/example\.org\//);
      }
      expect(Number(item.publishedOn?.slice(0, 4))).toBeGreaterThanOrEqual(2019);
      expect(Number(item.publishedOn?.slice(0, 4))).toBeLessThanOrEqual(2026);
      expect(item.tags.length).toBeGreaterThan(0);
    }
  });
});
