import { generateInstruments, makeInstrument } from '../testing/makeInstrument';
import { createInstrumentSearchIndex } from './createInstrumentSearchIndex';
import { EMPTY_LIBRARY_VIEW, type LibraryViewState } from './libraryViewState';

const library = [
  makeInstrument('1', 'Continuïteitsplan bij crisis', {
    summary: 'Een plan voor bedrijfscontinuïteit.',
    themes: ['crisismanagement'],
    processSteps: ['continuiteit'],
    type: 'stappenplan',
    publishedOn: '2024-05-01T00:00:00Z',
    tags: ['BCM', 'uitwijk'],
  }),
  makeInstrument('2', 'Privacy impact assessment (DPIA)', {
    summary: 'Sjabloon voor een gegevensbeschermingseffectbeoordeling.',
    bodyHtml: '<p>Beschrijf de <strong>verwerking</strong> &amp; de risico&#39;s.</p>',
    themes: ['privacy', 'cybersecurity'],
    processSteps: ['risicomanagement'],
    type: 'handreiking',
    publishedOn: '2022-01-10T00:00:00Z',
  }),
  makeInstrument('3', 'Phishing awareness campaign', {
    summary: 'Year-round campaign on recognising phishing.',
    themes: ['cybersecurity'],
    processSteps: ['bewustzijn'],
    type: 'aanpak',
    language: 'en',
    audience: ['student', 'medewerker'],
    publishedOn: '2025-09-02T00:00:00Z',
  }),
  makeInstrument('4', 'Ångst en agressie: omgaan met zorgwekkend gedrag', {
    summary: 'Handreiking voor signaleren en melden.',
    themes: ['zorgwekkend-gedrag', 'sociale-veiligheid'],
    processSteps: ['beleid', 'bewustzijn'],
    type: 'handreiking',
    tags: ['radicalisering'],
  }),
  makeInstrument('5', 'Anti-phishing maatregelen', { themes: ['cybersecurity'], processSteps: ['bewustzijn'], type: 'tool', publishedOn: '2021-03-01T00:00:00Z' }),
];

const index = createInstrumentSearchIndex(library);
const titles = (view: Partial<LibraryViewState>): string[] => index.search({ ...EMPTY_LIBRARY_VIEW, ...view }).instruments.map((instrument) => instrument.title);
const ids = (view: Partial<LibraryViewState>): string[] => index.search({ ...EMPTY_LIBRARY_VIEW, ...view }).instruments.map((instrument) => instrument.id);

describe('createInstrumentSearchIndex', () => {
  it('ignores diacritics in both the query and the text', () => {
    expect(ids({ q: 'continuiteitsplan' })).toEqual(['1']);
    expect(ids({ q: 'CONTINUÏTEITSPLAN' })).toEqual(['1']);
    expect(ids({ q: 'angst' })).toEqual(['4']);
    expect(ids({ q: 'bedrijfscontinuïteit' })).toEqual(['1']);
  });

  it('matches prefixes and, for longer words, one typo', () => {
    expect(ids({ q: 'dpi' })).toEqual(['2']);
    expect(ids({ q: 'radical' })).toEqual(['4']);
    expect(ids({ q: 'phisihng' }).sort()).toEqual(['3', '5']);
    expect(ids({ q: 'xyzzy' })).toEqual([]);
  });

  it('searches the body as text, not markup, and the tags', () => {
    expect(ids({ q: 'verwerking' })).toEqual(['2']);
    expect(ids({ q: 'strong' })).toEqual([]);
    expect(ids({ q: 'uitwijk' })).toEqual(['1']);
  });

  it('builds the text index in slices, and a search before the last slice still finds every instrument', () => {
    const fresh = createInstrumentSearchIndex(library);
    // A zero budget adds nothing: the first rows never wait for the text index.
    expect(fresh.indexTextFor(0)).toBe(false);
    expect(fresh.search({ ...EMPTY_LIBRARY_VIEW }).instruments).toHaveLength(library.length);
    expect(fresh.search({ ...EMPTY_LIBRARY_VIEW, q: 'uitwijk' }).instruments.map((instrument) => instrument.id)).toEqual(['1']);
    expect(fresh.search({ ...EMPTY_LIBRARY_VIEW, q: 'verwerking' }).instruments.map((instrument) => instrument.id)).toEqual(['2']);
    // The search finished it.
    expect(fresh.indexTextFor(0)).toBe(true);
  });

  it('ranks title matches above summary matches and requires every word', () => {
    expect(ids({ q: 'phishing' })).toEqual(expect.arrayContaining(['3', '5']));
    expect(ids({ q: 'phishing campaign' })).toEqual(['3']);
    const ranked = ids({ q: 'privacy' });
    expect(ranked[0]).toBe('2');
  });

  it('survives odd search text', () => {
    for (const q of ["'", '&', '#', '%', '🙂', '"><script>', 'a'.repeat(2000), 'privacy '.repeat(250), '   ', '\u0000', '*', '(', '\\']) {
      expect(() => index.search({ ...EMPTY_LIBRARY_VIEW, q })).not.toThrow();
    }
    expect(ids({ q: '   ' })).toHaveLength(library.length);
    expect(ids({ q: "'" })).toHaveLength(library.length);
  });

  it('filters on every facet and counts what each option would give', () => {
    const result = index.search({ ...EMPTY_LIBRARY_VIEW, filters: { theme: 'cybersecurity' } });
    expect(result.instruments.map((instrument) => instrument.id).sort()).toEqual(['2', '3', '5']);
    // Theme counts ignore the theme filter itself: choosing another theme shows its own total.
    expect(result.counts.theme['cybersecurity']).toBe(3);
    expect(result.counts.theme['crisismanagement']).toBe(1);
    expect(result.totals.theme).toBe(5);
    // Other facets count within the current results.
    expect(result.counts.type['handreiking']).toBe(1);
    expect(result.counts.type['tool']).toBe(1);
    expect(result.counts.type['stappenplan']).toBe(0);
    expect(result.counts.lang['en']).toBe(1);
    expect(result.totals.type).toBe(3);

    expect(ids({ filters: { theme: 'cybersecurity', lang: 'en' } })).toEqual(['3']);
    expect(ids({ filters: { step: 'bewustzijn', audience: 'student' } })).toEqual(['3']);
    expect(ids({ filters: { type: 'handreiking' } }).sort()).toEqual(['2', '4']);
    const combined = index.search({ ...EMPTY_LIBRARY_VIEW, q: 'phishing', filters: { type: 'tool' } });
    expect(combined.instruments.map((instrument) => instrument.id)).toEqual(['5']);
    expect(combined.counts.type['aanpak']).toBe(1);
    expect(combined.counts.theme['cybersecurity']).toBe(1);
  });

  it('sorts by title with Dutch collation, by newest, and by relevance', () => {
    expect(titles({ sort: 'title' })).toEqual([
      'Ångst en agressie: omgaan met zorgwekkend gedrag',
      'Anti-phishing maatregelen',
      'Continuïteitsplan bij crisis',
      'Phishing awareness campaign',
      'Privacy impact assessment (DPIA)',
    ]);
    // '4' has no publication date: its last change (2026) counts.
    expect(ids({ sort: 'newest' })).toEqual(['4', '3', '1', '2', '5']);
    // Without search text, relevance falls back to title order.
    expect(ids({ sort: 'relevance' })).toEqual(ids({ sort: 'title' }));
  });

  it('finds related instruments by shared theme and step', () => {
    const phishing = index.byId('3');
    expect(phishing).toBeDefined();
    expect(index.related(phishing as (typeof library)[number]).map((instrument) => instrument.id)).toEqual(['5']);
    expect(index.byId('nope')).toBeUndefined();
  });

  it('answers every keystroke at 10,000 instruments, each narrowing what the one before found (speed: npm run bench)', () => {
    const big = createInstrumentSearchIndex(generateInstruments(10_000));
    const keystrokes = ['veil', 'veili', 'veilig', 'veiligh', 'veilighe', 'veiligheid'];
    let previous: ReadonlySet<string> | undefined;
    for (const q of keystrokes) {
      const found = big.search({ q, filters: {}, sort: 'relevance' }).instruments;
      const ids = new Set(found.map((instrument) => instrument.id));
      // Typing on only ever narrows a prefix search: nothing appears that the shorter query did not find.
      if (previous !== undefined) expect([...ids].filter((id) => !previous?.has(id))).toEqual([]);
      previous = ids;
    }
    expect(previous?.size ?? 0).toBeGreaterThan(0);
    const privacy = big.search({ q: 'veiligheid', filters: { theme: 'privacy' }, sort: 'relevance' }).instruments;
    expect(privacy.length).toBeGreaterThan(0);
    expect(privacy.every((instrument) => instrument.themes.includes('privacy'))).toBe(true);
  });
});
