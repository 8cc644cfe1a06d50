import { BrowserAuthError, ClientAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { AuthError, findAuthError, isAuthError } from './AuthError';
import { toAuthError } from './toAuthError';

describe('toAuthError', () => {
  it.each([
    ['consent_required (InteractionRequiredAuthError)', new InteractionRequiredAuthError('consent_required', 'c-1', 'AADSTS65001: consent needed'), 'consentRequired'],
    ['invalid_grant with AADSTS65001', new ServerError('invalid_grant', 'c-5', 'AADSTS65001: The user or administrator has not consented to use the application'), 'consentRequired'],
    ['invalid_grant with AADSTS90094 (admin approval)', new ServerError('invalid_grant', 'c-6', 'The grant requires admin permission.', '', '90094'), 'consentRequired'],
    ['interaction_required', new InteractionRequiredAuthError('interaction_required', 'c-2'), 'interactionRequired'],
    ['login_required', new InteractionRequiredAuthError('login_required', 'c-3'), 'interactionRequired'],
    ['no_tokens_found', new InteractionRequiredAuthError('no_tokens_found', 'c-4'), 'interactionRequired'],
    ['popup_window_error', new BrowserAuthError('popup_window_error', 'c-0'), 'popupBlocked'],
    ['empty_window_error', new BrowserAuthError('empty_window_error', 'c-0'), 'popupBlocked'],
    ['user_cancelled', new BrowserAuthError('user_cancelled', 'c-0'), 'userCancelled'],
    ['user_canceled (nested-app bridge)', new ClientAuthError('user_canceled', 'c-0'), 'userCancelled'],
    ['access_denied with AADSTS65004 (declined)', new ServerError('access_denied', 'c-7', 'AADSTS65004: User declined to consent'), 'userCancelled'],
    ['no_account_error', new BrowserAuthError('no_account_error', 'c-0'), 'noAccount'],
    ['invalid_grant without a consent number', new ServerError('invalid_grant', 'c-9', 'AADSTS50173: The provided grant has expired'), 'interactionRequired'],
    ['a server error', new ServerError('temporarily_unavailable', 'c-10', 'AADSTS50196: loop detected'), 'unknown'],
    ['timed_out', new BrowserAuthError('timed_out', 'c-0'), 'unknown'],
    ['a plain Error', new Error('offline'), 'unknown'],
  ])('maps %s', (_label, error, code) => {
    const mapped = toAuthError(error);
    expect(isAuthError(mapped)).toBe(true);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(error);
  });

  it('keeps msal’s code for developers', () => {
    expect(toAuthError(new ServerError('invalid_grant', 'c-8', 'AADSTS65001: no consent')).msalCode).toBe('invalid_grant');
  });

  it('returns an AuthError unchanged and wraps a non-object', () => {
    const existing = new AuthError('popupBlocked', 'blocked');
    expect(toAuthError(existing)).toBe(existing);
    expect(toAuthError('boom')).toMatchObject({ code: 'unknown', message: 'Sign-in failed: boom' });
  });
});

describe('findAuthError', () => {
  it('finds an AuthError in a cause chain and nothing in an unrelated error', () => {
    const auth = new AuthError('consentRequired', 'no consent');
    const wrapped = new Error('outer', { cause: new Error('middle', { cause: auth }) });
    expect(findAuthError(wrapped)).toBe(auth);
    expect(findAuthError(new Error('plain'))).toBeUndefined();
    expect(findAuthError(undefined)).toBeUndefined();
  });

  it('stops on a cyclic cause chain', () => {
    const a: { cause?: unknown } = {};
    const b = { cause: a };
    a.cause = b;
    expect(findAuthError(a)).toBeUndefined();
  });
});
