import { adminConsentUrl, createTokenSource } from '../auth';
import type { AppConfig, ScopedFeature } from '../config/AppConfig';
import type { FeaturePermission } from '../config/FeaturePermission';
import { resolveGraphBaseUrl } from '../config/resolveGraphBaseUrl';
import { createGraphClient, createListClient, withScopes, type GraphClient, type GraphRequestSpec, type ListClient } from '../graph';

/** Where the tab runs and who is signed in. */
export interface AppSession {
  /** The tab's origin, base of relative URLs in the config. */
  readonly origin: string;
  /** The user the host reports; local mode falls back to `auth.defaultUser`, a tenant uses it as login hint. */
  readonly userPrincipalName: string | undefined;
  /**
   * True inside a host (Teams, Outlook, the Microsoft 365 app): a tenant signs in with
   * Nested App Authentication. False in a plain browser (standard SPA flow with popups).
   * @default false
   */
  readonly hosted?: boolean;
  /**
   * Called with every failed Graph call of this client (after retries), before the
   * caller sees it: lets a screen notice a sign-in or consent problem (see `authProblemFor`).
   */
  readonly onFailure?: (error: unknown, request: GraphRequestSpec) => void;
}

function reportingFailures(graph: GraphClient, onFailure: (error: unknown, request: GraphRequestSpec) => void): GraphClient {
  return {
    ...graph,
    send: (request) =>
      graph.send(request).catch((error: unknown) => {
        onFailure(error, request);
        throw error;
      }),
  };
}

/** The app's one configured Graph root, and the list client on top of it. */
export interface AppConnection {
  /** Graph with the library's scopes: the site and its lists. */
  readonly graph: GraphClient;
  readonly lists: ListClient;
  /**
   * Graph for a feature with scopes of its own, whose token is asked for when the feature
   * is first used; undefined when the configuration gives the feature no scopes (off).
   */
  featureGraph(feature: Exclude<ScopedFeature, 'library'>): GraphClient | undefined;
}

/** A feature's scopes and where an administrator grants them, for its explanation when consent is missing. */
export function featurePermission(config: AppConfig, feature: Exclude<ScopedFeature, 'library'>): FeaturePermission {
  return {
    scopes: config.scopes[feature],
    adminConsentUrl: config.auth.kind === 'msal' ? adminConsentUrl(config.auth.clientId, config.auth.tenantId) : undefined,
  };
}

/** Connects to Graph with the token source of the mode (emulator, NAA or the SPA flow). */
export function createAppConnection(config: AppConfig, session: AppSession): AppConnection {
  const tokenSource = createTokenSource(config, {
    origin: session.origin,
    userPrincipalName: session.userPrincipalName,
    hosted: session.hosted ?? false,
  });
  const plain = createGraphClient({ baseUrl: resolveGraphBaseUrl(config, session.origin), tokenSource });
  const graph = session.onFailure === undefined ? plain : reportingFailures(plain, session.onFailure);
  return {
    graph,
    lists: createListClient(graph, { siteHostname: config.site.hostname, sitePath: config.site.path }),
    featureGraph: (feature) => (config.scopes[feature].length === 0 ? undefined : withScopes(graph, config.scopes[feature])),
  };
}

/** The app's list client: one configured Graph root with the token source of the mode. */
export function createAppListClient(config: AppConfig, session: AppSession): ListClient {
  return createAppConnection(config, session).lists;
}
