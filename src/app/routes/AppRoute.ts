import type { ThemeId } from '../../lists/vocabulary';

/**
 * Which screen the tab opens. A route comes from a Teams `subPageId` (deep link) or from
 * the tab's own URL (a channel tab's saved `contentUrl`, `websiteUrl`, or a browser link).
 */
export type AppRoute =
  /** The instrument library, optionally narrowed to one theme and/or search words. */
  | { readonly screen: 'library'; readonly theme?: ThemeId; readonly query?: string }
  /** One instrument, by the id the library uses for it. */
  | { readonly screen: 'instrument'; readonly id: string };

/** A route plus what could not be followed, so the app can say so instead of failing. */
export interface ResolvedRoute {
  readonly route: AppRoute;
  /** A subPageId that names no screen (an old or mistyped link): the app shows `route` and a notice. */
  readonly unknownSubPageId?: string;
}

/** The library without narrowing: where every unknown or empty link ends. */
export const LIBRARY_HOME: AppRoute = { screen: 'library' };
