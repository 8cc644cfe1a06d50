import {
  AUDIENCE_IDS,
  INSTRUMENT_TYPE_IDS,
  LANGUAGE_IDS,
  PROCESS_STEP_IDS,
  THEME_IDS,
  type AudienceId,
  type InstrumentTypeId,
  type LanguageId,
  type ProcessStepId,
  type ThemeId,
} from '../../../lists/vocabulary';

/** How the library orders its results. */
export type LibrarySort = 'relevance' | 'newest' | 'title';

export const LIBRARY_SORTS: readonly LibrarySort[] = ['relevance', 'newest', 'title'];

/** The facets a user can filter on, with the URL parameter that holds each. */
export interface LibraryFilters {
  readonly theme?: ThemeId;
  readonly step?: ProcessStepId;
  readonly type?: InstrumentTypeId;
  readonly audience?: AudienceId;
  readonly lang?: LanguageId;
}

/** A facet's name (also its URL parameter). */
export type LibraryFacet = keyof LibraryFilters;

/** Every facet with its allowed values, in display order. */
export const LIBRARY_FACETS: { readonly [F in LibraryFacet]-?: readonly NonNullable<LibraryFilters[F]>[] } = {
  theme: THEME_IDS,
  step: PROCESS_STEP_IDS,
  type: INSTRUMENT_TYPE_IDS,
  audience: AUDIENCE_IDS,
  lang: LANGUAGE_IDS,
};

export const LIBRARY_FACET_NAMES: readonly LibraryFacet[] = ['theme', 'step', 'type', 'audience', 'lang'];

/** Everything that makes a library view bookmarkable: search, filters, sort and the open instrument. */
export interface LibraryViewState {
  /** The search text as typed (at most {@link MAX_QUERY_LENGTH} characters). */
  readonly q: string;
  readonly filters: LibraryFilters;
  readonly sort: LibrarySort;
  /** Id of the instrument shown in the detail view. */
  readonly instrument?: string;
}

/** Longer search text is cut: nobody types more, and the URL must stay usable. */
export const MAX_QUERY_LENGTH = 2000;

/** The view of a fresh library: no search, no filters, relevance order. */
export const EMPTY_LIBRARY_VIEW: LibraryViewState = { q: '', filters: {}, sort: 'relevance' };

/**
 * `view` and `id` are the app route's form of the same state (`?view=instrument&id=12`,
 * a channel tab's saved contentUrl): read here too, and replaced when the view is written.
 */
const STATE_PARAMS = ['q', 'sort', 'instrument', 'view', 'id', ...LIBRARY_FACET_NAMES];

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function pick<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Reads a library view from a query string (`?q=...&theme=...`), or from a Teams
 * subPageId holding the same text. Unknown or invalid values are ignored, never thrown:
 * an old bookmark must still open the library.
 */
export function readLibraryViewState(search: string): LibraryViewState {
  // A Teams subPageId in the app route's form: `instrument:<id>` or `library:<query>`.
  const subPage = /^(instrument|library)(?::(.*))?$/s.exec(search);
  if (subPage !== null) {
    return subPage[1] === 'instrument' ? readLibraryViewState(`instrument=${encodeURIComponent(subPage[2] ?? '')}`) : readLibraryViewState(subPage[2] ?? '');
  }
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const filters: { -readonly [F in LibraryFacet]?: LibraryFilters[F] } = {};
  for (const facet of LIBRARY_FACET_NAMES) {
    const value = pick<string>(LIBRARY_FACETS[facet], params.get(facet));
    if (value !== undefined) (filters as Record<string, string>)[facet] = value;
  }
  const instrument = params.get('instrument') ?? (params.get('view') === 'instrument' ? params.get('id') : null);
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    filters,
    sort: pick(LIBRARY_SORTS, params.get('sort')) ?? 'relevance',
    ...(instrument !== null && SAFE_ID.test(instrument) ? { instrument } : {}),
  };
}

/** True when a query string holds any library state (so it wins over a subPageId). */
export function hasLibraryViewState(search: string): boolean {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  return STATE_PARAMS.some((name) => params.has(name));
}

/**
 * Writes a library view into `currentSearch`, keeping parameters that are not the
 * library's (the host or the app may use others). Defaults are left out so a plain
 * library has a plain URL. Returns the query string with its `?`, or `''`.
 */
export function writeLibraryViewState(state: LibraryViewState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch.startsWith('?') ? currentSearch.slice(1) : currentSearch);
  for (const name of STATE_PARAMS) params.delete(name);
  if (state.q !== '') params.set('q', state.q.slice(0, MAX_QUERY_LENGTH));
  for (const facet of LIBRARY_FACET_NAMES) {
    const value = state.filters[facet];
    if (value !== undefined) params.set(facet, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.instrument !== undefined) params.set('instrument', state.instrument);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
