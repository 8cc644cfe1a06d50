import { PublicClientApplication } from '@azure/msal-node';
import type { TokenSource } from '../../src/graph';
import { CliError, EXIT_CODES } from './CliError';

/** Where the admin CLIs get their Graph token from. */
export type SignInMethod =
  | { readonly kind: 'emulator'; readonly emulatorUrl: string; readonly user: string; readonly scopes: readonly string[] }
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'deviceCode'; readonly clientId: string; readonly tenant: string; readonly scopes: readonly string[] };

/** Delegated scopes for provisioning and doctor: create lists and columns, read and write items. */
export const PROVISIONING_SCOPES = ['https://graph.microsoft.com/Sites.Manage.All'] as const;
/** Extra scope for `--grant-app`: Graph allows site permission grants only with it (and a SharePoint admin). */
export const GRANT_SCOPES = ['https://graph.microsoft.com/Sites.FullControl.All'] as const;

/**
 * SharePoint's own scope for its REST API, which provisioning needs to set permissions
 * (Graph cannot break a list's inheritance or set item-level security). A token is for one
 * resource, so this is a second token ("Scopes and permissions in the Microsoft identity platform").
 */
export function sharePointScopes(hostname: string): string[] {
  return [`https://${hostname.toLowerCase()}/AllSites.FullControl`];
}

/**
 * A {@link TokenSource} for one CLI run. Device code sign-in prints Microsoft's
 * instruction ("To sign in, use a web browser to open ... and enter the code ...") to
 * `say` and caches the token in memory for the run only: nothing is written to disk.
 */
export function createCliTokenSource(method: SignInMethod, say: (line: string) => void): TokenSource {
  switch (method.kind) {
    case 'token':
      return { getAccessToken: () => Promise.resolve(method.token) };
    case 'emulator':
      return emulatorTokenSource(method.emulatorUrl, method.user, method.scopes);
    case 'deviceCode':
      return deviceCodeTokenSource(method, say);
  }
}

/** Scope names as a dev token carries them (`Sites.Manage.All`, without the resource URL). */
function shortScopes(scopes: readonly string[]): string {
  return scopes.map((scope) => scope.replace(/^https:\/\/graph\.microsoft\.com\//, '')).join(' ');
}

function emulatorTokenSource(emulatorUrl: string, user: string, scopes: readonly string[]): TokenSource {
  let cached: Promise<string> | undefined;
  return {
    getAccessToken() {
      cached ??= (async () => {
        let response: Response;
        try {
          const query = new URLSearchParams({ user, scopes: shortScopes(scopes) });
          response = await fetch(`${emulatorUrl}/emulator/token?${query.toString()}`);
        } catch (error: unknown) {
          throw new CliError(
            `Cannot reach the emulator at ${emulatorUrl} (${error instanceof Error ? error.message : String(error)}): start it with npm start, or pass its URL after --emulator.`,
            EXIT_CODES.failure,
          );
        }
        const body = (await response.json().catch(() => ({}))) as { access_token?: unknown };
        if (response.status === 404) throw new CliError(`The emulator has no user ${user}.`, EXIT_CODES.usage);
        if (!response.ok || typeof body.access_token !== 'string') {
          throw new CliError(`The emulator at ${emulatorUrl} gave no token (HTTP ${response.status}).`, EXIT_CODES.failure);
        }
        return body.access_token;
      })();
      cached.catch(() => {
        cached = undefined;
      });
      return cached;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

/** One MSAL application per app registration and tenant, so the SharePoint token comes silently after the Graph sign-in. */
const applications = new Map<string, PublicClientApplication>();

function deviceCodeTokenSource(method: Extract<SignInMethod, { kind: 'deviceCode' }>, say: (line: string) => void): TokenSource {
  const key = `${method.clientId}|${method.tenant}`;
  const application =
    applications.get(key) ??
    new PublicClientApplication({
      auth: { clientId: method.clientId, authority: `https://login.microsoftonline.com/${encodeURIComponent(method.tenant)}` },
    });
  applications.set(key, application);
  let cached: Promise<string> | undefined;
  return {
    getAccessToken() {
      cached ??= (async () => {
        // After the first sign-in, a refresh comes silently from MSAL's in-memory cache.
        const [account] = await application.getTokenCache().getAllAccounts();
        if (account !== undefined) {
          const silent = await application.acquireTokenSilent({ account, scopes: [...method.scopes] }).catch(() => null);
          if (silent !== null) return silent.accessToken;
        }
        let result;
        try {
          result = await application.acquireTokenByDeviceCode({
            scopes: [...method.scopes],
            deviceCodeCallback: (response) => say(response.message),
          });
        } catch (error: unknown) {
          throw new CliError(`Sign-in failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, EXIT_CODES.access);
        }
        if (result === null) throw new CliError('Sign-in returned no token.', EXIT_CODES.access);
        return result.accessToken;
      })();
      cached.catch(() => {
        cached = undefined;
      });
      return cached;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
