/**
 * Sign-in: the only code of the app that imports msal-browser (lazily, so local mode
 * never downloads it). The rest of the app sees a {@link TokenSource} and {@link AuthError}.
 */
export { createTokenSource } from './createTokenSource';
export type { TokenSourceEnvironment } from './createTokenSource';
export { AuthError, isAuthError, findAuthError } from './AuthError';
export type { AuthErrorCode, AuthErrorOptions } from './AuthError';
export { toAuthError } from './toAuthError';
export { isConsentMissing } from './isConsentMissing';
export { toGraphScopes, GRAPH_RESOURCE } from './toGraphScopes';
export { adminConsentUrl } from './adminConsentUrl';
export { redirectBridgeUrl, REDIRECT_BRIDGE_PAGE } from './redirectBridgeUrl';
export { emulatorTokenSource } from './emulatorTokenSource';
export type { EmulatorTokenSourceOptions } from './emulatorTokenSource';
export { nestedAppTokenSource } from './nestedAppTokenSource';
export { browserTokenSource } from './browserTokenSource';
export type { MsalTokenSourceOptions } from './msalTokenSource';
export type { MsalClientFactory, MsalTokenClient, MsalTokenResult } from './MsalTokenClient';
export { createAccountControl, msalAccountControl, emulatorAccountControl } from './accountControl';
export type { AccountControl, AccountControlEnvironment } from './accountControl';
export { readSignInReason, markSignIn, readEmulatorAccount } from './deviceAccount';
export type { SignInReason } from './deviceAccount';
export type { MsalAccountClient } from './MsalTokenClient';
