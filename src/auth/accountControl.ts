import type { AppConfig } from '../config/AppConfig';
import { msalOptionsFor } from './createTokenSource';
import { createBrowserMsalClient } from './loadMsalClient';
import type { MsalAccountClient } from './MsalTokenClient';
import { msalConfiguration } from './msalTokenSource';
import { toAuthError } from './toAuthError';
import { toGraphScopes } from './toGraphScopes';
import { writeEmulatorAccount } from './deviceAccount';

/**
 * Signing in and out where the app owns the sign-in: a plain browser (the manifest's
 * "Open in browser", a shared workstation). Inside a host (Teams, Outlook, the Microsoft
 * 365 app) the account is the host's, and the app never signs it out.
 */
export interface AccountControl {
  /** Ends the session of the signed-in account on this device. */
  signOut(): Promise<void>;
  /**
   * Signs an account in, chosen by the user: Entra ID's account chooser (a popup, so call
   * it from a click) in a tenant; the demo user named by `account` in local mode.
   */
  signIn(account: string | undefined): Promise<void>;
  /** True when the user names the account (local mode); false when Entra ID asks. */
  readonly namesAccount: boolean;
}

/** The account control of an msal client (a tenant in a plain browser). */
export function msalAccountControl(client: () => Promise<MsalAccountClient>, scopes: readonly string[], graphResource?: string): AccountControl {
  return {
    namesAccount: false,
    async signOut() {
      const msal = await client();
      const account = msal.getActiveAccount();
      try {
        // Ends the Entra ID session too: on a shared computer the next person is not signed in silently.
        await msal.logoutPopup({ account });
      } catch {
        // A blocked or closed popup: at least nothing of the account stays in this browser's cache.
        await msal.clearCache({ account });
      }
    },
    async signIn() {
      const msal = await client();
      try {
        const result = await msal.acquireTokenPopup({ scopes: toGraphScopes(scopes, graphResource), prompt: 'select_account' });
        msal.setActiveAccount(result.account);
      } catch (error: unknown) {
        throw toAuthError(error);
      }
    },
  };
}

/** The account control of local mode: the emulated account remembered by this browser. */
export function emulatorAccountControl(): AccountControl {
  return {
    namesAccount: true,
    signOut() {
      writeEmulatorAccount(undefined);
      return Promise.resolve();
    },
    signIn(account) {
      writeEmulatorAccount(account);
      return Promise.resolve();
    },
  };
}

/** Where the app runs, for {@link createAccountControl}. */
export interface AccountControlEnvironment {
  readonly origin: string;
  readonly pageUrl?: string;
  /** True inside a host: then there is no account control. */
  readonly hosted: boolean;
}

/** The account control of the mode, or undefined inside a host. */
export function createAccountControl(config: AppConfig, environment: AccountControlEnvironment): AccountControl | undefined {
  if (environment.hosted) return undefined;
  if (config.auth.kind === 'emulator') return emulatorAccountControl();
  const options = msalOptionsFor(config.auth, config, environment);
  let loaded: Promise<MsalAccountClient> | undefined;
  const client = (): Promise<MsalAccountClient> => {
    loaded ??= createBrowserMsalClient(msalConfiguration(options)).catch((error: unknown) => {
      // A failed load (offline, a missing chunk) may succeed on the next click.
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  return msalAccountControl(client, options.scopes, options.graphResource);
}
