import type { ThemeId } from '../../lists/vocabulary';

/**
 * Which screen the tab opens. A route comes from a Teams `subPageId` (deep link) or from
 * the tab's own URL (a channel tab's saved `contentUrl`, `websiteUrl`, or a browser link).
 */
export type AppRoute =
  /** The instrument library, optionally narrowed to one theme and/or search words. */
  | { readonly screen: 'library'; readonly theme?: ThemeId; readonly query?: string }
  /** One instrument, by the id the library uses for it. */
  | { readonly screen: 'instrument'; readonly id: string }
  /** Self-assessment: the overview, or one assessment by its SubmissionId. */
  | { readonly screen: 'assessments'; readonly id?: string }
  /** Incident learning: the overview, or one case by its SubmissionId. */
  | { readonly screen: 'incidents'; readonly id?: string };

/** The top-level sections of the tab, in the order the navigation shows them. */
export const APP_SECTIONS = ['library', 'assessments', 'incidents'] as const;
export type AppSection = (typeof APP_SECTIONS)[number];

/** The section a route belongs to. */
export function sectionOf(route: AppRoute): AppSection {
  return route.screen === 'instrument' ? 'library' : route.screen;
}

/** A route plus what could not be followed, so the app can say so instead of failing. */
export interface ResolvedRoute {
  readonly route: AppRoute;
  /** A subPageId that names no screen (an old or mistyped link): the app shows `route` and a notice. */
  readonly unknownSubPageId?: string;
}

/** The library without narrowing: where every unknown or empty link ends. */
export const LIBRARY_HOME: AppRoute = { screen: 'library' };
