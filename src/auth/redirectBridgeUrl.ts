/** The redirect bridge page, emitted by the Vite build next to index.html. */
export const REDIRECT_BRIDGE_PAGE = 'auth-redirect.html';

/**
 * The default `redirectUri`: the bridge page beside the tab's own page, so a tab served
 * from a sub-path (`https://host/ivho/`) gets `https://host/ivho/auth-redirect.html`.
 *
 * @param pageUrl The tab page's URL, or its folder (an origin counts as the root folder).
 */
export function redirectBridgeUrl(pageUrl: string): string {
  return new URL(REDIRECT_BRIDGE_PAGE, pageUrl).href;
}
