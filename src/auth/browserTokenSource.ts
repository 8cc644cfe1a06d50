import type { TokenSource } from '../graph';
import { createBrowserMsalClient } from './loadMsalClient';
import type { MsalClientFactory } from './MsalTokenClient';
import { msalTokenSource, type MsalTokenSourceOptions } from './msalTokenSource';

/**
 * Tokens through the standard SPA flow in a plain browser (outside any host): the cached
 * account silently, else `ssoSilent` on the Entra ID session, else a popup. Popups and
 * hidden frames return to `redirectUri`, which must be the redirect bridge page
 * (auth-redirect.html) registered as an SPA redirect URI.
 *
 * @param createClient @default createBrowserMsalClient (loads msal-browser on first use)
 */
export function browserTokenSource(options: MsalTokenSourceOptions, createClient: MsalClientFactory = createBrowserMsalClient): TokenSource {
  return msalTokenSource(options, createClient);
}
