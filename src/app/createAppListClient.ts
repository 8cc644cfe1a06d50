import { emulatorTokenSource } from '../auth/emulatorTokenSource';
import type { AppConfig } from '../config/AppConfig';
import { resolveGraphBaseUrl } from '../config/resolveGraphBaseUrl';
import { createGraphClient, createListClient, type ListClient, type TokenSource } from '../graph';

/** Where the tab runs and who is signed in. */
export interface AppSession {
  /** The tab's origin, base of relative URLs in the config. */
  readonly origin: string;
  /** The user the host reports; local mode falls back to `auth.defaultUser`. */
  readonly userPrincipalName: string | undefined;
}

/** Thrown for a configuration the running build cannot serve yet. */
export class UnsupportedAuthError extends Error {
  constructor(kind: string) {
    super(`Sign-in of kind "${kind}" is not available in this build`);
    this.name = 'UnsupportedAuthError';
  }
}

function tokenSourceFor(config: AppConfig, session: AppSession): TokenSource {
  if (config.auth.kind === 'emulator') {
    return emulatorTokenSource({
      tokenUrl: config.auth.tokenUrl,
      user: session.userPrincipalName ?? config.auth.defaultUser,
      origin: session.origin,
    });
  }
  // msal-browser sign-in arrives with the Teams shell (issue 3).
  throw new UnsupportedAuthError(config.auth.kind);
}

/** The app's list client: one configured Graph root with the token source of the mode. */
export function createAppListClient(config: AppConfig, session: AppSession): ListClient {
  const graph = createGraphClient({ baseUrl: resolveGraphBaseUrl(config, session.origin), tokenSource: tokenSourceFor(config, session) });
  return createListClient(graph, { siteHostname: config.site.hostname, sitePath: config.site.path });
}
