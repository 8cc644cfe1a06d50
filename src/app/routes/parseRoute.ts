import { THEME_IDS, type ThemeId } from '../../lists/vocabulary';
import { LIBRARY_HOME, type AppRoute, type ResolvedRoute } from './AppRoute';
import { QUERY_MAX_LENGTH, ROUTE_PARAMS, SUB_PAGE_PREFIX } from './routeFormat';

/** Where a route can come from. */
export interface RouteSource {
  /** The host context's `subPageId` (a deep link's `subEntityId`); wins when present. */
  readonly subPageId?: string | undefined;
  /** The tab's URL (or just its `?query`). */
  readonly url?: string | undefined;
}

const INSTRUMENT_ID_MAX_LENGTH = 200;

/** Ids come from list items or catalogue keys; control characters never do. */
function isInstrumentId(id: string): boolean {
  return id.length > 0 && id.length <= INSTRUMENT_ID_MAX_LENGTH && ![...id].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
}

function isThemeId(value: string | null): value is ThemeId {
  return THEME_IDS.some((theme) => theme === value);
}

function libraryFrom(params: URLSearchParams): AppRoute {
  const theme = params.get(ROUTE_PARAMS.theme);
  const query = params.get(ROUTE_PARAMS.query)?.trim().slice(0, QUERY_MAX_LENGTH);
  return {
    screen: 'library',
    ...(isThemeId(theme) ? { theme } : {}),
    ...(query === undefined || query === '' ? {} : { query }),
  };
}

function instrumentFrom(id: string | null | undefined): AppRoute | undefined {
  return id !== null && id !== undefined && isInstrumentId(id) ? { screen: 'instrument', id } : undefined;
}

/** An overview, or one record of it when the id is usable (an unusable id opens the overview). */
function recordFrom(screen: 'assessments' | 'incidents', id: string | null | undefined): AppRoute {
  return id !== null && id !== undefined && isInstrumentId(id) ? { screen, id } : { screen };
}

/**
 * Reads a subPageId such as `instrument:42`, `library`, `library:theme=privacy&q=phishing`,
 * `assessments`, `assessment:<id>`, `incidents` or `incident:<id>`; undefined when it names no screen.
 */
export function parseSubPageId(subPageId: string): AppRoute | undefined {
  const trimmed = subPageId.trim();
  const colon = trimmed.indexOf(':');
  const screen = colon === -1 ? trimmed : trimmed.slice(0, colon);
  const rest = colon === -1 ? '' : trimmed.slice(colon + 1);
  if (screen === SUB_PAGE_PREFIX.instrument) return instrumentFrom(rest);
  if (screen === SUB_PAGE_PREFIX.library) return libraryFrom(new URLSearchParams(rest));
  if (screen === SUB_PAGE_PREFIX.assessments && rest === '') return { screen: 'assessments' };
  if (screen === SUB_PAGE_PREFIX.assessment) return rest === '' ? undefined : recordFrom('assessments', rest);
  if (screen === SUB_PAGE_PREFIX.incidents && rest === '') return { screen: 'incidents' };
  if (screen === SUB_PAGE_PREFIX.incident) return rest === '' ? undefined : recordFrom('incidents', rest);
  return undefined;
}

/** Reads the route from the tab URL's query (`?view=library&theme=privacy`, `?view=instrument&id=42`). */
export function parseRouteFromUrl(url: string): AppRoute {
  let params: URLSearchParams;
  try {
    params = new URL(url, 'http://tab.invalid/').searchParams;
  } catch {
    return LIBRARY_HOME;
  }
  // A browser link may carry a deep link's subPageId too (the standalone host reads it as such).
  const subPageId = params.get('subPageId');
  const fromSubPage = subPageId === null ? undefined : parseSubPageId(subPageId);
  if (fromSubPage !== undefined) return fromSubPage;
  const view = params.get(ROUTE_PARAMS.view);
  if (view === 'instrument') return instrumentFrom(params.get(ROUTE_PARAMS.id)) ?? LIBRARY_HOME;
  if (view === 'assessments' || view === 'incidents') return recordFrom(view, params.get(ROUTE_PARAMS.id));
  return libraryFrom(params);
}

/**
 * The screen to open: the subPageId when it names one, else the URL's route. An unknown
 * subPageId is reported, never thrown: the tab opens the URL's route and says the link
 * led nowhere.
 */
export function parseRoute(source: RouteSource): ResolvedRoute {
  const fromUrl = source.url === undefined ? LIBRARY_HOME : parseRouteFromUrl(source.url);
  const subPageId = source.subPageId?.trim();
  if (subPageId === undefined || subPageId === '') return { route: fromUrl };
  const fromSubPage = parseSubPageId(subPageId);
  return fromSubPage === undefined ? { route: fromUrl, unknownSubPageId: subPageId } : { route: fromSubPage };
}
