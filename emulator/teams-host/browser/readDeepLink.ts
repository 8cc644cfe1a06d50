/**
 * What a deep link the tab asks the host to open (`executeDeepLink`, `app.openLink`)
 * means here. Teams entity links look like
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":"..."}`
 * (the context is URL-encoded JSON); a same-origin `/host?...&subPageId=...` link is
 * accepted too.
 */
export type DeepLinkTarget =
  | { readonly kind: 'subPage'; readonly subPageId: string; readonly entityId: string | undefined; readonly channelId?: string }
  | { readonly kind: 'tabHome'; readonly entityId: string | undefined; readonly channelId?: string }
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'invalid'; readonly reason: string };

const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.cloud.microsoft']);

/** A string field of a deep link's `context` JSON; `null` when the context is malformed or the field is no string. */
function contextFieldOf(contextJson: string | null, name: 'subEntityId' | 'channelId'): string | undefined | null {
  if (contextJson === null) return undefined;
  try {
    const context: unknown = JSON.parse(contextJson);
    if (typeof context !== 'object' || context === null) return null;
    const value = (context as Record<string, unknown>)[name];
    if (value === undefined || value === null || value === '') return undefined;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Classifies a deep link; `origin` is the host page's own origin. With `appId`, an entity
 * link must name that app, as Teams opens only an installed app, by the id the Teams
 * admin center shows ("Deep link to an application": for an org-catalogue app its
 * catalogue id, not necessarily the manifest id); a made-up id opens nothing.
 */
export function readDeepLink(link: string, origin: string, appId?: string): DeepLinkTarget {
  let url: URL;
  try {
    url = new URL(link, origin);
  } catch {
    return { kind: 'invalid', reason: `"${link}" is not a URL` };
  }
  const isTeamsEntity = (url.protocol === 'https:' && TEAMS_HOSTS.has(url.hostname)) || url.protocol === 'msteams:';
  const entityPath = /\/l\/entity\/([^/]+)\/([^/?#]+)/.exec(url.pathname);
  if (isTeamsEntity && entityPath !== null) {
    const linkedApp = decodeURIComponent(entityPath[1] ?? '');
    if (appId !== undefined && linkedApp.toLowerCase() !== appId.toLowerCase()) {
      return { kind: 'invalid', reason: `no app with id ${linkedApp} is installed (Teams needs the id the Teams admin center shows: ${appId})` };
    }
    const entityId = decodeURIComponent(entityPath[2] ?? '');
    const subPageId = contextFieldOf(url.searchParams.get('context'), 'subEntityId');
    const channelId = contextFieldOf(url.searchParams.get('context'), 'channelId');
    if (subPageId === null || channelId === null) return { kind: 'invalid', reason: 'the deep link context is not JSON with string subEntityId and channelId' };
    const channel = channelId === undefined ? {} : { channelId };
    return subPageId === undefined ? { kind: 'tabHome', entityId, ...channel } : { kind: 'subPage', subPageId, entityId, ...channel };
  }
  if (url.origin === origin && url.pathname.startsWith('/host')) {
    const subPageId = url.searchParams.get('subPageId');
    const entityId = url.searchParams.get('entityId') ?? undefined;
    return subPageId === null || subPageId === '' ? { kind: 'tabHome', entityId } : { kind: 'subPage', subPageId, entityId };
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return { kind: 'external', url: url.href };
  return { kind: 'invalid', reason: `links with ${url.protocol} cannot be opened` };
}
