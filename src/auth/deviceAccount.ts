/**
 * What a plain browser remembers about sign-in on this device, in localStorage: that the
 * user signed out (or asked for another account), so the app shows its sign-in screen
 * instead of signing the last account in silently; and locally, which demo user the
 * emulated sign-in chose (the emulator's stand-in for msal's account cache).
 */

/** Why the sign-in screen is shown. */
export type SignInReason = 'signedOut' | 'switchAccount';

const SIGN_IN_KEY = 'ivho.signIn';
const EMULATOR_ACCOUNT_KEY = 'ivho.emulator.account';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // A frame whose storage is blocked: nothing is remembered, nothing can be cleared.
    return undefined;
  }
}

/** The reason to show the sign-in screen, or undefined to sign in as usual. */
export function readSignInReason(): SignInReason | undefined {
  const value = storage()?.getItem(SIGN_IN_KEY);
  return value === 'signedOut' || value === 'switchAccount' ? value : undefined;
}

export function markSignIn(reason: SignInReason | undefined): void {
  if (reason === undefined) storage()?.removeItem(SIGN_IN_KEY);
  else storage()?.setItem(SIGN_IN_KEY, reason);
}

/** The demo user the emulated sign-in chose on this browser, if any. */
export function readEmulatorAccount(): string | undefined {
  const value = storage()?.getItem(EMULATOR_ACCOUNT_KEY)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function writeEmulatorAccount(upn: string | undefined): void {
  if (upn === undefined) storage()?.removeItem(EMULATOR_ACCOUNT_KEY);
  else storage()?.setItem(EMULATOR_ACCOUNT_KEY, upn);
}
