import type { TokenSource } from '../graph';
import { createNestedMsalClient } from './loadMsalClient';
import type { MsalClientFactory } from './MsalTokenClient';
import { msalTokenSource, type MsalTokenSourceOptions } from './msalTokenSource';

/**
 * Tokens through Nested App Authentication inside Teams, Outlook or the Microsoft 365
 * app: the host signs the user in, so the silent path usually succeeds at once. Create
 * it only after the host is initialised (teams-js `app.initialize`), and pass the host
 * user's UPN as `loginHint`. Interaction goes through `acquireTokenPopup`, which the host
 * shows as its own dialog.
 *
 * @param createClient @default createNestedMsalClient (loads msal-browser on first use)
 */
export function nestedAppTokenSource(options: MsalTokenSourceOptions, createClient: MsalClientFactory = createNestedMsalClient): TokenSource {
  return msalTokenSource(options, createClient);
}
