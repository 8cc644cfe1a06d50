/**
 * A Teams deep link to a page (tab) of the app, optionally to a place inside it, in the
 * format Teams documents for sharing:
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?webUrl=..&label=..&context={"subEntityId":..,"channelId":..}`
 * (every query value URL-encoded). Teams opens the tab and hands `subEntityId` to it as
 * the context's `page.subPageId`.
 */
export interface TabDeepLinkTarget {
  /** The Teams app id: the manifest `id` (for an app from the org catalogue, its catalogue id). */
  readonly appId: string;
  /** The tab's entity id: a static tab's `entityId`, or the one a channel tab saved. */
  readonly entityId: string;
  /** The place inside the tab; the tab reads it as `subPageId`. */
  readonly subPageId?: string;
  /** Channel of a channel tab; without it Teams looks for a personal tab. */
  readonly channelId?: string;
  /** Fallback URL for clients that cannot show the tab. */
  readonly webUrl?: string;
  /** Label shown for the link. */
  readonly label?: string;
}

const TEAMS_ORIGIN = 'https://teams.microsoft.com';

/** Builds the deep link; throws on an empty app or entity id (a link that cannot work). */
export function buildTabDeepLink(target: TabDeepLinkTarget): string {
  if (target.appId.trim() === '') throw new Error('buildTabDeepLink: appId is empty');
  if (target.entityId.trim() === '') throw new Error('buildTabDeepLink: entityId is empty');
  const context: Record<string, string> = {};
  if (target.subPageId !== undefined && target.subPageId !== '') context['subEntityId'] = target.subPageId;
  if (target.channelId !== undefined && target.channelId !== '') context['channelId'] = target.channelId;
  // encodeURIComponent, not URLSearchParams: Teams does not read `+` as a space in `context`.
  const query = [
    ...(target.webUrl === undefined ? [] : [`webUrl=${encodeURIComponent(target.webUrl)}`]),
    ...(target.label === undefined ? [] : [`label=${encodeURIComponent(target.label)}`]),
    ...(Object.keys(context).length === 0 ? [] : [`context=${encodeURIComponent(JSON.stringify(context))}`]),
  ];
  const path = `${TEAMS_ORIGIN}/l/entity/${encodeURIComponent(target.appId)}/${encodeURIComponent(target.entityId)}`;
  return query.length === 0 ? path : `${path}?${query.join('&')}`;
}
