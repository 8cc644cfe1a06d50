import { AuthError, isAuthError, type AuthErrorCode } from './AuthError';

/** The fields msal's errors (AuthError and its subclasses) carry; read without loading msal. */
interface MsalErrorShape {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly errorCode?: unknown;
  readonly subError?: unknown;
  readonly errorMessage?: unknown;
  /** ServerError: the AADSTS number without its prefix, e.g. `65001`. */
  readonly errorNo?: unknown;
}

/** Entra ID error numbers that mean "the app has no consent for this" (user or admin). */
const CONSENT_AADSTS = /\bAADSTS(65001|90094|90008)\b/;
/** AADSTS65004: the user declined to consent. */
const DECLINED_AADSTS = /\bAADSTS65004\b/;

const CODE_BY_MSAL_CODE: ReadonlyMap<string, AuthErrorCode> = new Map<string, AuthErrorCode>([
  ['consent_required', 'consentRequired'],
  ['interaction_required', 'interactionRequired'],
  ['login_required', 'interactionRequired'],
  ['no_tokens_found', 'interactionRequired'],
  ['refresh_token_expired', 'interactionRequired'],
  ['bad_token', 'interactionRequired'],
  ['native_account_unavailable', 'interactionRequired'],
  ['ui_not_allowed', 'interactionRequired'],
  ['interrupted_user', 'interactionRequired'],
  // An expired or revoked grant without a consent number: signing in again resolves it.
  ['invalid_grant', 'interactionRequired'],
  // Sub-errors Entra ID gives when the user must act (MFA, password change, ...).
  ['basic_action', 'interactionRequired'],
  ['additional_action', 'interactionRequired'],
  ['message_only', 'interactionRequired'],
  ['user_password_expired', 'interactionRequired'],
  ['popup_window_error', 'popupBlocked'],
  ['empty_window_error', 'popupBlocked'],
  ['block_nested_popups', 'popupBlocked'],
  ['user_cancelled', 'userCancelled'],
  // msal-common's spelling, used by the nested-app bridge.
  ['user_canceled', 'userCancelled'],
  ['no_account_error', 'noAccount'],
  ['no_account_found', 'noAccount'],
]);

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function classify(shape: MsalErrorShape): AuthErrorCode {
  const errorCode = text(shape.errorCode);
  const subError = text(shape.subError);
  const errorNo = text(shape.errorNo);
  const detail = `${errorNo === '' ? '' : `AADSTS${errorNo}`} ${text(shape.errorMessage)} ${text(shape.message)}`;
  // Consent first: msal reports it as an InteractionRequiredAuthError, or as a plain
  // `invalid_grant` whose message carries the AADSTS number.
  if (errorCode === 'consent_required' || subError === 'consent_required' || CONSENT_AADSTS.test(detail)) return 'consentRequired';
  if (DECLINED_AADSTS.test(detail)) return 'userCancelled';
  const mapped = CODE_BY_MSAL_CODE.get(errorCode) ?? CODE_BY_MSAL_CODE.get(subError);
  if (mapped !== undefined) return mapped;
  return shape.name === 'InteractionRequiredAuthError' ? 'interactionRequired' : 'unknown';
}

/**
 * Classifies whatever msal (or the code around it) threw as an {@link AuthError}; an
 * AuthError is returned as it is. Reads msal's error fields by shape, so msal need not
 * be loaded to call it.
 */
export function toAuthError(error: unknown): AuthError {
  if (isAuthError(error)) return error;
  if (typeof error !== 'object' || error === null) return new AuthError('unknown', `Sign-in failed: ${String(error)}`, { cause: error });
  const shape = error as MsalErrorShape;
  const errorCode = text(shape.errorCode);
  const message = text(shape.message) || text(shape.errorMessage) || errorCode || 'Sign-in failed';
  return new AuthError(classify(shape), message, { cause: error, ...(errorCode === '' ? {} : { msalCode: errorCode }) });
}
