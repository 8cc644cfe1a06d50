import type { TeamsContext } from '../teams';

/**
 * Whether sign-in goes through Nested App Authentication: inside a host that has
 * started the tab and recommends its NAA channel (teams-js
 * `nestedAppAuth.isNAAChannelRecommended()`). Elsewhere (a plain browser, or a host
 * without an NAA broker such as a SharePoint page today) the standard SPA flow with its
 * popup: the fallback Microsoft's "Nested app authentication" page prescribes.
 */
export function usesNestedAppAuth(context: TeamsContext): boolean {
  return context.frameContext !== 'none' && context.naaRecommended;
}
