import type { AccountInfo, Configuration } from '@azure/msal-browser';
import type { TokenSource } from '../graph';
import { AuthError, type AuthErrorCode } from './AuthError';
import type { MsalClientFactory, MsalTokenClient, MsalTokenResult } from './MsalTokenClient';
import { toAuthError } from './toAuthError';
import { toGraphScopes } from './toGraphScopes';

/** What every msal-based token source needs. */
export interface MsalTokenSourceOptions {
  /** The Entra ID app registration's application (client) id. */
  readonly clientId: string;
  /** Directory (tenant) id, or `organizations`. */
  readonly tenantId: string;
  /** Graph scopes as configured (`Sites.Selected`); prefixed with the Graph resource here. */
  readonly scopes: readonly string[];
  /** Where popups and hidden frames return: the redirect bridge page. */
  readonly redirectUri: string;
  /** The signed-in user's UPN when the host knows it; picks the account and skips the account chooser. */
  readonly loginHint?: string;
  /** @default GRAPH_RESOURCE */
  readonly graphResource?: string;
}

/** Silent failures that a popup can resolve. */
const RECOVERABLE_BY_POPUP: ReadonlySet<AuthErrorCode> = new Set(['interactionRequired', 'consentRequired', 'noAccount']);

function sameUser(account: AccountInfo, loginHint: string): boolean {
  return account.username.toLowerCase() === loginHint.toLowerCase();
}

/** The cached account to renew silently: the host's user if known, else the active or only one. */
function cachedAccount(client: MsalTokenClient, loginHint: string | undefined): AccountInfo | undefined {
  const accounts = client.getAllAccounts();
  if (loginHint !== undefined) return accounts.find((account) => sameUser(account, loginHint));
  return client.getActiveAccount() ?? (accounts.length === 1 ? accounts[0] : undefined);
}

/** The msal configuration both flows share. */
export function msalConfiguration(options: MsalTokenSourceOptions): Configuration {
  return {
    auth: {
      clientId: options.clientId,
      authority: `https://login.microsoftonline.com/${options.tenantId}`,
      redirectUri: options.redirectUri,
    },
    // Tokens survive a reload and are shared by the tab's windows; msal 5 encrypts them.
    cache: { cacheLocation: 'localStorage' },
  };
}

/**
 * A {@link TokenSource} on an msal client: silent first (`acquireTokenSilent` with the
 * cached account, else `ssoSilent` with the login hint), a popup when the silent path
 * says the user must act. Never a redirect: it would navigate the tab away, and it is not
 * allowed under Nested App Authentication. Failures reject with an {@link AuthError}.
 * msal caches the tokens; `invalidate()` makes the next silent call skip that cache.
 */
export function msalTokenSource(options: MsalTokenSourceOptions, createClient: MsalClientFactory): TokenSource {
  const scopes = toGraphScopes(options.scopes, options.graphResource);
  const hint = options.loginHint === undefined || options.loginHint === '' ? {} : { loginHint: options.loginHint };
  let client: Promise<MsalTokenClient> | undefined;
  let pending: Promise<string> | undefined;
  let forceRefresh = false;

  function loadClient(): Promise<MsalTokenClient> {
    client ??= createClient(msalConfiguration(options)).catch((error: unknown) => {
      // A failed load (offline, a missing chunk) may succeed on the next attempt.
      client = undefined;
      throw error;
    });
    return client;
  }

  function accept(msal: MsalTokenClient, result: MsalTokenResult): string {
    forceRefresh = false;
    if (result.account !== null) msal.setActiveAccount(result.account);
    return result.accessToken;
  }

  async function viaPopup(msal: MsalTokenClient, silentFailure: AuthError): Promise<string> {
    try {
      return accept(msal, await msal.acquireTokenPopup({ scopes, ...hint }));
    } catch (error: unknown) {
      const failure = toAuthError(error);
      // Closing the window that asked an admin for approval keeps the real reason visible.
      if (failure.code === 'userCancelled' && silentFailure.code === 'consentRequired') {
        const msalCode = silentFailure.msalCode === undefined ? {} : { msalCode: silentFailure.msalCode };
        throw new AuthError('consentRequired', silentFailure.message, { cause: error, ...msalCode });
      }
      throw failure;
    }
  }

  async function acquire(): Promise<string> {
    let msal: MsalTokenClient;
    try {
      msal = await loadClient();
    } catch (error: unknown) {
      throw toAuthError(error);
    }
    const account = cachedAccount(msal, options.loginHint);
    let silentFailure: AuthError;
    try {
      const result =
        account === undefined
          ? await msal.ssoSilent({ scopes, ...hint })
          : await msal.acquireTokenSilent({ scopes, account, forceRefresh });
      return accept(msal, result);
    } catch (error: unknown) {
      silentFailure = toAuthError(error);
    }
    if (!RECOVERABLE_BY_POPUP.has(silentFailure.code)) throw silentFailure;
    return viaPopup(msal, silentFailure);
  }

  return {
    getAccessToken() {
      // One acquisition at a time: msal refuses a second popup while one is open.
      pending ??= acquire().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate() {
      forceRefresh = true;
    },
  };
}
