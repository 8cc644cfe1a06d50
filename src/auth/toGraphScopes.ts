/** OpenID Connect scopes that belong to no resource and must stay unprefixed. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

/** Microsoft Graph's resource in the global cloud. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/**
 * The token-request form of configured Graph scopes: `Sites.Selected` becomes
 * `https://graph.microsoft.com/Sites.Selected`, so that Entra ID issues a token for
 * Graph whatever other resource the app may one day ask for. Scopes that already name a
 * resource (`https://…`, `api://…`) and the OpenID Connect scopes pass unchanged.
 *
 * @param resource Graph's origin; a national cloud has its own (`https://graph.microsoft.us`).
 */
export function toGraphScopes(scopes: readonly string[], resource: string = GRAPH_RESOURCE): string[] {
  const base = resource.replace(/\/+$/, '');
  return scopes.map((scope) => (OIDC_SCOPES.has(scope) || scope.includes('://') ? scope : `${base}/${scope.replace(/^\/+/, '')}`));
}
