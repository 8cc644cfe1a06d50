import type { AccountInfo, AuthenticationResult, Configuration, EndSessionPopupRequest, PopupRequest, SilentRequest, SsoSilentRequest } from '@azure/msal-browser';

/** What the token sources read from msal's answer. */
export type MsalTokenResult = Pick<AuthenticationResult, 'accessToken' | 'account'>;

/**
 * The part of msal's `IPublicClientApplication` the token sources use. A real client
 * satisfies it as it is; tests pass small fakes instead of loading msal.
 */
export interface MsalTokenClient {
  acquireTokenSilent(request: SilentRequest): Promise<MsalTokenResult>;
  ssoSilent(request: SsoSilentRequest): Promise<MsalTokenResult>;
  acquireTokenPopup(request: PopupRequest): Promise<MsalTokenResult>;
  getActiveAccount(): AccountInfo | null;
  getAllAccounts(): AccountInfo[];
  setActiveAccount(account: AccountInfo | null): void;
}

/** Creates and initialises an msal client for a configuration. */
export type MsalClientFactory = (configuration: Configuration) => Promise<MsalTokenClient>;

/** The part of msal's client that signs an account in and out (see accountControl); tests pass fakes. */
export interface MsalAccountClient {
  acquireTokenPopup(request: PopupRequest): Promise<MsalTokenResult>;
  logoutPopup(request?: EndSessionPopupRequest): Promise<void>;
  clearCache(request?: { account?: AccountInfo | null }): Promise<void>;
  getActiveAccount(): AccountInfo | null;
  setActiveAccount(account: AccountInfo | null): void;
}
