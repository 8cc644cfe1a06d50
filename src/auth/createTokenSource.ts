import type { AppConfig } from '../config/AppConfig';
import type { TokenSource } from '../graph';
import { browserTokenSource } from './browserTokenSource';
import { readEmulatorAccount } from './deviceAccount';
import { emulatorTokenSource } from './emulatorTokenSource';
import type { MsalClientFactory } from './MsalTokenClient';
import type { MsalTokenSourceOptions } from './msalTokenSource';
import { nestedAppTokenSource } from './nestedAppTokenSource';
import { redirectBridgeUrl } from './redirectBridgeUrl';

/** Where the tab runs, as far as sign-in cares. */
export interface TokenSourceEnvironment {
  /** The tab's origin, base of relative URLs in the config. */
  readonly origin: string;
  /** The tab page's URL, base of the default redirect URI. @default `${origin}/` */
  readonly pageUrl?: string;
  /** The user the host reports: login hint in a tenant, the demo user locally. */
  readonly userPrincipalName: string | undefined;
  /**
   * True inside a host (Teams, Outlook, the Microsoft 365 app) whose teams-js
   * `app.initialize` has completed and that recommends its NAA channel
   * (`nestedAppAuth.isNAAChannelRecommended()`): sign-in uses Nested App Authentication.
   * False elsewhere, a host without NAA included: the standard SPA flow, the fallback
   * Microsoft's NAA page prescribes.
   */
  readonly hosted: boolean;
  /** Replaces the msal client factories (tests); by default msal-browser is loaded on first use. */
  readonly msalClients?: { readonly nested?: MsalClientFactory; readonly browser?: MsalClientFactory };
}

/**
 * What every msal client of a tenant configuration is made with: the app registration,
 * the library's scopes, the redirect bridge beside the page (unless configured) and
 * Graph's resource. Shared by the token sources and the account control.
 */
export function msalOptionsFor(
  auth: Extract<AppConfig['auth'], { kind: 'msal' }>,
  config: Pick<AppConfig, 'scopes' | 'graphBaseUrl'>,
  environment: { readonly origin: string; readonly pageUrl?: string },
): MsalTokenSourceOptions {
  return {
    clientId: auth.clientId,
    tenantId: auth.tenantId,
    scopes: config.scopes.library,
    redirectUri: auth.redirectUri ?? redirectBridgeUrl(environment.pageUrl ?? `${environment.origin}/`),
    graphResource: new URL(config.graphBaseUrl).origin,
  };
}

/**
 * The token source the configuration and the environment call for: the emulator's dev
 * tokens in local mode; in a tenant, Nested App Authentication inside a host and the
 * standard SPA flow in a plain browser.
 */
export function createTokenSource(config: AppConfig, environment: TokenSourceEnvironment): TokenSource {
  if (config.auth.kind === 'emulator') {
    return emulatorTokenSource({
      tokenUrl: config.auth.tokenUrl,
      // In a plain browser, the demo user the emulated sign-in chose (see deviceAccount).
      user: environment.userPrincipalName ?? readEmulatorAccount() ?? config.auth.defaultUser,
      origin: environment.origin,
      defaultScopes: config.scopes.library,
    });
  }
  const options: MsalTokenSourceOptions = {
    ...msalOptionsFor(config.auth, config, environment),
    ...(environment.userPrincipalName === undefined ? {} : { loginHint: environment.userPrincipalName }),
  };
  return environment.hosted
    ? nestedAppTokenSource(options, environment.msalClients?.nested)
    : browserTokenSource(options, environment.msalClients?.browser);
}
