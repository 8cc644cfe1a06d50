// The module itself, not the teams index: the index loads teams-js, which this pure link builder does not need.
import { buildTabDeepLink } from '../../teams/buildTabDeepLink';
import type { AppRoute } from './AppRoute';
import { routeToSubPageId, routeToUrl } from './routeFormat';
import { optionalEntry } from '../../lists/optionalEntry';

/** Where a link to a screen of the app should open. */
export interface RouteLinkTarget {
  /** The Teams app id (configured, else the host's); without it the tab's own URL is the link. */
  readonly appId: string | undefined;
  /** The tab's origin: the link's fallback outside Teams. */
  readonly origin: string;
  /** The tab to open: a static tab's entity id, or a channel tab's. */
  readonly entityId: string;
  /** The channel of a channel tab; without it Teams opens a personal tab. */
  readonly channelId?: string;
  readonly label: string;
}

/**
 * A link that opens `route` in the app: a Teams deep link to the tab carrying the route
 * as its sub-page, with the tab's own URL as `webUrl`; that URL alone where no app id is
 * known (a browser outside Teams).
 */
export function routeDeepLink(route: AppRoute, target: RouteLinkTarget): string {
  const webUrl = routeToUrl(`${target.origin}/`, route);
  if (target.appId === undefined) return webUrl;
  return buildTabDeepLink({
    appId: target.appId,
    entityId: target.entityId,
    subPageId: routeToSubPageId(route),
    ...optionalEntry('channelId', target.channelId),
    webUrl,
    label: target.label,
  });
}
