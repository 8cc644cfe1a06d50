import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Instrument } from '../../../lists/instrumentMapping';
import { htmlToSearchText } from './htmlToSearchText';
import { LIBRARY_FACET_NAMES, LIBRARY_FACETS, type LibraryFacet, type LibraryViewState } from './libraryViewState';
import { normaliseSearchText } from './normaliseSearchText';

/** How many results each option of each facet would give, given the other facets and the search. */
export type FacetCounts = { readonly [F in LibraryFacet]: Readonly<Record<string, number>> };

/** Per facet, how many results there would be with that facet set to "all". */
export type FacetTotals = { readonly [F in LibraryFacet]: number };

/** One search: the matching instruments in order, and the live counts. */
export interface LibrarySearchResult {
  readonly instruments: readonly Instrument[];
  readonly counts: FacetCounts;
  readonly totals: FacetTotals;
}

/** A library ready to search: built once, searched per keystroke. */
export interface InstrumentSearchIndex {
  /** Number of instruments in the index. */
  readonly size: number;
  search(view: Pick<LibraryViewState, 'q' | 'filters' | 'sort'>): LibrarySearchResult;
  byId(id: string): Instrument | undefined;
  /** Instruments sharing a theme and a process step with `instrument`, most overlap first. */
  related(instrument: Instrument, limit?: number): readonly Instrument[];
  /**
   * Adds instruments to the text index for about `budgetMs`; true once all are in. The
   * text index is the costly part (seconds for 10,000 on a slow laptop), so it is built in
   * slices after the first rows are on screen; a text search before it is complete
   * finishes it at once, so it always answers over every instrument.
   */
  indexTextFor(budgetMs: number): boolean;
}

interface IndexedDocument {
  readonly i: number;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly tags: string;
}

/** The search only looks at this many words: a pasted essay must not freeze the tab. */
const MAX_QUERY_TERMS = 12;

const SEARCH_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  boost: { title: 3, tags: 2, summary: 1.5 },
  // One or two letters as a prefix match nearly every word: that would cost a keystroke
  // its budget and tell the user nothing.
  prefix: (term) => term.length >= 3,
};

/**
 * The second try when the first finds nothing: one typo per five letters, short words
 * only as typed. Fuzzy matching walks much more of the index, so it runs only when the
 * exact and prefix search came back empty (a typo), not on every keystroke.
 */
const FUZZY_OPTIONS: SearchOptions = { ...SEARCH_OPTIONS, fuzzy: (term) => (term.length >= 5 ? 0.2 : false) };

/** MiniSearch's term filter: diacritics-insensitive, lower case; empty terms dropped. */
function processTerm(term: string): string | null {
  const normalised = normaliseSearchText(term);
  return normalised === '' ? null : normalised;
}

function optionsOf(instrument: Instrument, facet: LibraryFacet): readonly string[] {
  switch (facet) {
    case 'theme':
      return instrument.themes;
    case 'step':
      return instrument.processSteps;
    case 'type':
      return [instrument.type];
    case 'audience':
      return instrument.audience;
    case 'lang':
      return [instrument.language];
  }
}

/** The date an instrument counts as new from: its publication, else its last change. */
function newestKey(instrument: Instrument): number {
  const time = Date.parse(instrument.publishedOn ?? instrument.lastModified);
  return Number.isNaN(time) ? 0 : time;
}

/**
 * The library's search index: per-item facet options and the title and date orders at
 * once (what the first rows need), and MiniSearch over title, summary, body text and tags
 * (prefix and fuzzy, diacritics-insensitive) built in slices on demand
 * ({@link InstrumentSearchIndex.indexTextFor}), so that each keystroke costs one index
 * lookup and one pass over the items.
 */
export function createInstrumentSearchIndex(instruments: readonly Instrument[]): InstrumentSearchIndex {
  const items = [...instruments];
  const miniSearch = new MiniSearch<IndexedDocument>({ idField: 'i', fields: ['title', 'summary', 'body', 'tags'], processTerm, searchOptions: SEARCH_OPTIONS });
  let indexed = 0;
  const addNext = (): void => {
    const instrument = items[indexed] as Instrument;
    miniSearch.add({ i: indexed, title: instrument.title, summary: instrument.summary, body: htmlToSearchText(instrument.bodyHtml), tags: instrument.tags.join(' ') });
    indexed += 1;
  };
  function indexTextFor(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    while (indexed < items.length && performance.now() < until) addNext();
    return indexed === items.length;
  }

  const positionById = new Map(items.map((instrument, i) => [instrument.id, i]));
  // Each item's options per facet as a bit mask (bit k = k-th option of the vocabulary):
  // a filter test is one AND, so a keystroke stays one cheap pass over the items.
  const facetMasks = LIBRARY_FACET_NAMES.map((facet) => {
    const allowed: readonly string[] = LIBRARY_FACETS[facet];
    return Uint32Array.from(items, (instrument) => optionsOf(instrument, facet).reduce((mask, option) => mask | (1 << allowed.indexOf(option)), 0));
  });
  const byTitle = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const titleOrder = items.map((_, i) => i).sort((a, b) => byTitle.compare(items[a]?.title ?? '', items[b]?.title ?? ''));
  const titleRank = new Uint32Array(items.length);
  titleOrder.forEach((item, rank) => (titleRank[item] = rank));
  const newestKeys = items.map(newestKey);
  const newestOrder = items.map((_, i) => i).sort((a, b) => (newestKeys[b] ?? 0) - (newestKeys[a] ?? 0) || (titleRank[a] ?? 0) - (titleRank[b] ?? 0));
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

  // Changing a filter or the order keeps the text: the last text search is reused.
  let lastText: string | undefined;
  let lastMatches: number[] | undefined;


  function textMatches(q: string): number[] | undefined {
    // Single letters are dropped: "veiligheid p" still shows the "veiligheid" results.
    const terms = tokenize(q)
      .map(processTerm)
      .filter((term): term is string => term !== null && [...term].length > 1)
      .slice(0, MAX_QUERY_TERMS);
    if (terms.length === 0) return undefined;
    const text = terms.join(' ');
    if (text === lastText) return lastMatches;
    // Typed before the slices were done: finish the text index now, so no instrument is missed.
    while (indexed < items.length) addNext();
    const exact = miniSearch.search(text);
    // Nothing found: a typo, or a word still being typed ("ve"). Retry forgivingly with
    // the words long enough to mean something; with none, everything still matches.
    const long = terms.filter((term) => [...term].length >= 3);
    const forgiving = exact.length > 0 ? exact : long.length === 0 ? undefined : miniSearch.search(long.join(' '), FUZZY_OPTIONS);
    lastMatches = forgiving?.map((result) => result.id as number);
    lastText = text;
    return lastMatches;
  }

  function search(view: Pick<LibraryViewState, 'q' | 'filters' | 'sort'>): LibrarySearchResult {
    const ranked = textMatches(view.q);
    const candidates = new Uint8Array(items.length);
    if (ranked === undefined) candidates.fill(1);
    else for (const i of ranked) candidates[i] = 1;

    const selected = LIBRARY_FACET_NAMES.map((facet) => {
      const wanted = view.filters[facet];
      const bit = wanted === undefined ? -1 : (LIBRARY_FACETS[facet] as readonly string[]).indexOf(wanted);
      return bit < 0 ? 0 : 1 << bit;
    });
    const facetCount = LIBRARY_FACET_NAMES.length;
    const optionCounts = LIBRARY_FACET_NAMES.map((facet) => new Uint32Array(LIBRARY_FACETS[facet].length));
    const facetTotals = new Uint32Array(facetCount);
    const matches = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i += 1) {
      if (candidates[i] === 0) continue;
      // A result counts for every facet; an item that fails exactly one facet still
      // counts for that facet's options, so each option shows what choosing it would give.
      let failures = 0;
      let failedFacet = -1;
      for (let f = 0; f < facetCount; f += 1) {
        const wanted = selected[f] ?? 0;
        if (wanted !== 0 && ((facetMasks[f]?.[i] ?? 0) & wanted) === 0) {
          failures += 1;
          failedFacet = f;
          if (failures > 1) break;
        }
      }
      if (failures > 1) continue;
      if (failures === 0) matches[i] = 1;
      for (let f = 0; f < facetCount; f += 1) {
        if (failures === 1 && f !== failedFacet) continue;
        facetTotals[f] = (facetTotals[f] ?? 0) + 1;
        const counts = optionCounts[f] as Uint32Array;
        let mask = facetMasks[f]?.[i] ?? 0;
        for (let bit = 0; mask !== 0; bit += 1, mask >>>= 1) if ((mask & 1) === 1) counts[bit] = (counts[bit] ?? 0) + 1;
      }
    }
    const counts = {} as { [F in LibraryFacet]: Record<string, number> };
    const totals = {} as { [F in LibraryFacet]: number };
    LIBRARY_FACET_NAMES.forEach((facet, f) => {
      counts[facet] = Object.fromEntries(LIBRARY_FACETS[facet].map((option, bit) => [option, optionCounts[f]?.[bit] ?? 0]));
      totals[facet] = facetTotals[f] ?? 0;
    });

    const order = view.sort === 'newest' ? newestOrder : view.sort === 'title' || ranked === undefined ? titleOrder : ranked;
    const result: Instrument[] = [];
    for (const i of order) if (matches[i] === 1) result.push(items[i] as Instrument);
    return { instruments: result, counts, totals };
  }

  function related(instrument: Instrument, limit = 5): readonly Instrument[] {
    const scored: { readonly item: Instrument; readonly score: number }[] = [];
    for (const candidate of items) {
      if (candidate.id === instrument.id) continue;
      const themes = candidate.themes.filter((theme) => instrument.themes.includes(theme)).length;
      const steps = candidate.processSteps.filter((step) => instrument.processSteps.includes(step)).length;
      if (themes > 0 && steps > 0) scored.push({ item: candidate, score: themes + steps });
    }
    return scored
      .sort((a, b) => b.score - a.score || newestKey(b.item) - newestKey(a.item))
      .slice(0, limit)
      .map((entry) => entry.item);
  }

  return {
    size: items.length,
    search,
    byId: (id) => {
      const position = positionById.get(id);
      return position === undefined ? undefined : items[position];
    },
    related,
    indexTextFor,
  };
}
