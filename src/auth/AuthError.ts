/**
 * Why a token could not be had, in the terms the UI branches on:
 * - `consentRequired`: the app lacks consent for a scope (an admin must grant it);
 * - `interactionRequired`: the user must sign in or confirm, which needs a popup;
 * - `popupBlocked`: the browser refused to open the sign-in window;
 * - `userCancelled`: the user closed the sign-in window or declined;
 * - `noAccount`: nobody is signed in and no account could be found silently;
 * - `unknown`: anything else (network, configuration, a bug); see `cause`.
 */
export type AuthErrorCode = 'consentRequired' | 'interactionRequired' | 'popupBlocked' | 'userCancelled' | 'noAccount' | 'unknown';

/** Options of {@link AuthError}. */
export interface AuthErrorOptions {
  /** The error this one classifies (usually msal's). */
  readonly cause?: unknown;
  /** msal's `errorCode` (e.g. `invalid_grant`), kept for developers. */
  readonly msalCode?: string;
}

/**
 * The one error type of src/auth. The message is for developers; user-facing text is
 * chosen from {@link AuthError.code}. Test with {@link isAuthError}, not `instanceof`:
 * the class may be loaded twice (chunks, test realms).
 */
export class AuthError extends Error {
  /** Marker read by {@link isAuthError}. */
  readonly isAuthError = true as const;
  readonly code: AuthErrorCode;
  readonly msalCode: string | undefined;

  constructor(code: AuthErrorCode, message: string, options: AuthErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AuthError';
    this.code = code;
    this.msalCode = options.msalCode;
  }
}

/** True for any {@link AuthError}, recognised by its marker property. */
export function isAuthError(value: unknown): value is AuthError {
  return typeof value === 'object' && value !== null && (value as { isAuthError?: unknown }).isAuthError === true;
}

/** How deep {@link findAuthError} follows `cause` links; guards against cycles. */
const MAX_CAUSE_DEPTH = 8;

/**
 * The {@link AuthError} that is `error` or sits in its `cause` chain. src/graph wraps a
 * token-source failure in a GraphError of kind `auth` whose `cause` is the AuthError.
 */
export function findAuthError(error: unknown): AuthError | undefined {
  let current = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && typeof current === 'object' && current !== null; depth += 1) {
    if (isAuthError(current)) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
