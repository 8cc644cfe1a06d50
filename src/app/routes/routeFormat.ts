import type { AppRoute } from './AppRoute';

/** Query parameter names of a route in the tab URL. */
export const ROUTE_PARAMS = { view: 'view', theme: 'theme', query: 'q', id: 'id' } as const;

/** The screen names that start a subPageId (`instrument:<id>`, `library[:<query>]`). */
export const SUB_PAGE_PREFIX = { library: 'library', instrument: 'instrument', assessments: 'assessments', assessment: 'assessment', incidents: 'incidents', incident: 'incident' } as const;

/** Search words longer than this are cut: a URL is no place for an essay. */
export const QUERY_MAX_LENGTH = 200;

function libraryParams(route: Extract<AppRoute, { screen: 'library' }>): URLSearchParams {
  const params = new URLSearchParams();
  if (route.theme !== undefined) params.set(ROUTE_PARAMS.theme, route.theme);
  if (route.query !== undefined && route.query !== '') params.set(ROUTE_PARAMS.query, route.query);
  return params;
}

/** The subPageId that opens `route` through a Teams deep link. */
export function routeToSubPageId(route: AppRoute): string {
  if (route.screen === 'instrument') return `${SUB_PAGE_PREFIX.instrument}:${route.id}`;
  if (route.screen === 'assessments') return route.id === undefined ? SUB_PAGE_PREFIX.assessments : `${SUB_PAGE_PREFIX.assessment}:${route.id}`;
  if (route.screen === 'incidents') return route.id === undefined ? SUB_PAGE_PREFIX.incidents : `${SUB_PAGE_PREFIX.incident}:${route.id}`;
  const query = libraryParams(route).toString();
  return query === '' ? SUB_PAGE_PREFIX.library : `${SUB_PAGE_PREFIX.library}:${query}`;
}

/** The tab URL that opens `route`: `baseUrl` with the route in its query (a channel tab's contentUrl). */
export function routeToUrl(baseUrl: string, route: AppRoute): string {
  const url = new URL(baseUrl);
  url.search = '';
  url.hash = '';
  const params =
    route.screen === 'library' ? libraryParams(route) : route.id === undefined ? new URLSearchParams() : new URLSearchParams({ [ROUTE_PARAMS.id]: route.id });
  const query = new URLSearchParams({ [ROUTE_PARAMS.view]: route.screen });
  for (const [key, value] of params) query.set(key, value);
  url.search = query.toString();
  return url.href;
}

/** Short, stable hash (djb2) of search words: entity ids stay short whatever was typed. */
function shortHash(text: string): string {
  let hash = 5381;
  for (const char of text) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}

/**
 * The entity id a channel tab saves for `route`: readable (`library`, `library-privacy`),
 * at most 64 characters, and different for different routes.
 */
export function routeToEntityId(route: AppRoute): string {
  if (route.screen === 'instrument') return `instrument-${shortHash(route.id)}`;
  if (route.screen !== 'library') return route.id === undefined ? route.screen : `${route.screen}-${shortHash(route.id)}`;
  const base = `library${route.theme === undefined ? '' : `-${route.theme}`}`;
  return route.query === undefined || route.query === '' ? base : `${base}-q${shortHash(route.query)}`;
}
