import type { AccountInfo, Configuration } from '@azure/msal-browser';
import type { TokenSource } from '../graph';
import { AuthError, type AuthErrorCode } from './AuthError';
import type { MsalClientFactory, MsalTokenClient, MsalTokenResult } from './MsalTokenClient';
import { toAuthError } from './toAuthError';
import { scopeSetKey } from './scopeSetKey';
import { toGraphScopes } from './toGraphScopes';

/** What every msal-based token source needs. */
export interface MsalTokenSourceOptions {
  /** The Entra ID app registration's application (client) id. */
  readonly clientId: string;
  /** Directory (tenant) id, or `organizations`. */
  readonly tenantId: string;
  /**
   * The scopes of a token when the caller names none: what the first screen needs (the
   * library's). Requested as configured, bare names such as `Sites.Selected`: Entra ID
   * takes a scope without a resource to be Microsoft Graph's ("Scopes and permissions in
   * the Microsoft identity platform"), and the manifest's `nestedAppAuthInfo` lists them
   * the same way, as Microsoft requires for NAA's prefetched token.
   */
  readonly scopes: readonly string[];
  /** Where popups and hidden frames return: the redirect bridge page. */
  readonly redirectUri: string;
  /** The signed-in user's UPN when the host knows it; picks the account and skips the account chooser. */
  readonly loginHint?: string;
  /** Graph's resource; only a national cloud's differs, and then scopes are prefixed with it. @default GRAPH_RESOURCE */
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
  const hint = options.loginHint === undefined || options.loginHint === '' ? {} : { loginHint: options.loginHint };
  let client: Promise<MsalTokenClient> | undefined;
  const pending = new Map<string, Promise<string>>();
  /** Scope sets whose next silent call must skip msal's cache (Graph answered 401). */
  const forceRefresh = new Set<string>();
  /** msal refuses a second interactive call while one is open: acquisitions take turns. */
  let queue: Promise<unknown> = Promise.resolve();

  function loadClient(): Promise<MsalTokenClient> {
    client ??= createClient(msalConfiguration(options)).catch((error: unknown) => {
      // A failed load (offline, a missing chunk) may succeed on the next attempt.
      client = undefined;
      throw error;
    });
    return client;
  }

  function accept(msal: MsalTokenClient, result: MsalTokenResult, key: string): string {
    forceRefresh.delete(key);
    if (result.account !== null) msal.setActiveAccount(result.account);
    return result.accessToken;
  }

  async function viaPopup(msal: MsalTokenClient, silentFailure: AuthError, scopes: string[], key: string): Promise<string> {
    try {
      return accept(msal, await msal.acquireTokenPopup({ scopes, ...hint }), key);
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

  async function acquire(scopes: string[], key: string, interactive: boolean): Promise<string> {
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
          : await msal.acquireTokenSilent({ scopes, account, forceRefresh: forceRefresh.has(key) });
      return accept(msal, result, key);
    } catch (error: unknown) {
      silentFailure = toAuthError(error);
    }
    // Background work never opens a window: the feature stays off until the user acts.
    if (!interactive || !RECOVERABLE_BY_POPUP.has(silentFailure.code)) throw silentFailure;
    return viaPopup(msal, silentFailure, scopes, key);
  }

  return {
    getAccessToken(requested, tokenOptions) {
      const scopes = toGraphScopes(requested ?? options.scopes, options.graphResource);
      const interactive = tokenOptions?.interactive !== false;
      // A silent-only request does not share an interactive one's turn (and its window).
      const key = `${scopeSetKey(scopes)}${interactive ? '' : '#silent'}`;
      let request = pending.get(key);
      if (request === undefined) {
        const turn = queue.then(() => acquire(scopes, scopeSetKey(scopes), interactive));
        queue = turn.catch(() => undefined);
        request = turn.finally(() => pending.delete(key));
        pending.set(key, request);
      }
      return request;
    },
    invalidate(requested) {
      forceRefresh.add(scopeSetKey(requested ?? options.scopes));
    },
  };
}
