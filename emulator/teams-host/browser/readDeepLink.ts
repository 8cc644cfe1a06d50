/**
 * What a deep link the tab asks the host to open (`executeDeepLink`, `app.openLink`)
 * means here. Teams entity links look like
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":"..."}`
 * (the context is URL-encoded JSON); a same-origin `/host?...&subPageId=...` link is
 * accepted too.
 */
export type DeepLinkTarget =
  | { readonly kind: 'subPage'; readonly subPageId: string; readonly entityId: string | undefined }
  | { readonly kind: 'tabHome'; readonly entityId: string | undefined }
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'invalid'; readonly reason: string };

const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.cloud.microsoft']);

/** The `subEntityId` of a deep link's `context` JSON; `null` when the context is malformed. */
function subEntityIdOf(contextJson: string | null): string | undefined | null {
  if (contextJson === null) return undefined;
  try {
    const context: unknown = JSON.parse(contextJson);
    if (typeof context !== 'object' || context === null) return null;
    const subEntityId = (context as Record<string, unknown>)['subEntityId'];
    if (subEntityId === undefined || subEntityId === null || subEntityId === '') return undefined;
    return typeof subEntityId === 'string' ? subEntityId : null;
  } catch {
    return null;
  }
}

/** Classifies a deep link; `origin` is the host page's own origin. */
export function readDeepLink(link: string, origin: string): DeepLinkTarget {
  let url: URL;
  try {
    url = new URL(link, origin);
  } catch {
    return { kind: 'invalid', reason: `"${link}" is not a URL` };
  }
  const isTeamsEntity = (url.protocol === 'https:' && TEAMS_HOSTS.has(url.hostname)) || url.protocol === 'msteams:';
  const entityPath = /\/l\/entity\/([^/]+)\/([^/?#]+)/.exec(url.pathname);
  if (isTeamsEntity && entityPath !== null) {
    const entityId = decodeURIComponent(entityPath[2] ?? '');
    const subPageId = subEntityIdOf(url.searchParams.get('context'));
    if (subPageId === null) return { kind: 'invalid', reason: 'the deep link context is not JSON with a string subEntityId' };
    return subPageId === undefined ? { kind: 'tabHome', entityId } : { kind: 'subPage', subPageId, entityId };
  }
  if (url.origin === origin && url.pathname.startsWith('/host')) {
    const subPageId = url.searchParams.get('subPageId');
    const entityId = url.searchParams.get('entityId') ?? undefined;
    return subPageId === null || subPageId === '' ? { kind: 'tabHome', entityId } : { kind: 'subPage', subPageId, entityId };
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return { kind: 'external', url: url.href };
  return { kind: 'invalid', reason: `links with ${url.protocol} cannot be opened` };
}
