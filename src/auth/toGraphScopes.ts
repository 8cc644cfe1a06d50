/** OpenID Connect scopes that belong to no resource and must stay unprefixed. */
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

/** Microsoft Graph's resource in the global cloud. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/**
 * The token-request form of configured Graph scopes. In the global cloud the bare names
 * as configured (`Sites.Selected`): Entra ID takes a scope without a resource to be
 * Microsoft Graph's ("Scopes and permissions in the Microsoft identity platform"), and
 * the manifest's `nestedAppAuthInfo.scopes` must match the NAA request exactly, in the
 * bare form Microsoft's NAA samples use. A national cloud's Graph has another resource
 * (`https://graph.microsoft.us`), so there the names are prefixed with it. Scopes that
 * already name a resource (`https://…`, `api://…`) and the OpenID Connect scopes pass unchanged.
 */
export function toGraphScopes(scopes: readonly string[], resource: string = GRAPH_RESOURCE): string[] {
  const base = resource.replace(/\/+$/, '');
  if (base === GRAPH_RESOURCE) return [...scopes];
  return scopes.map((scope) => (OIDC_SCOPES.has(scope) || scope.includes('://') ? scope : `${base}/${scope.replace(/^\/+/, '')}`));
}
