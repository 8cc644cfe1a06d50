import { GRAPH_AUDIENCE } from './DevTokenIssuer';

/**
 * What a token request's `scope` asks for, as the Microsoft identity platform reads it
 * ("Scopes and permissions in the Microsoft identity platform"): a bare scope is Graph's,
 * `https://<resource>/<scope>` names its resource, `/.default` means every consented scope
 * of that resource. One token is for one resource: scopes of two resources in one request
 * are refused (AADSTS28000), and so is a resource the tenant does not know (AADSTS500011).
 */
export type ScopeRequest =
  | {
      readonly ok: true;
      /** The token's `aud`. */
      readonly audience: string;
      /** Scope names as the token carries them in `scp` (without the resource). */
      readonly scopes: readonly string[];
      /** Scope names as consent records them: bare for Graph, with the resource for any other. */
      readonly consentNames: readonly string[];
      /** True for `<resource>/.default`: every consented scope of the resource. */
      readonly everyConsented: boolean;
    }
  | { readonly ok: false; readonly code: 'AADSTS28000' | 'AADSTS500011'; readonly message: string };

/** Reads `requested` (already split on spaces); `resources` are the origins the tenant has besides Graph. */
export function readScopeRequest(requested: readonly string[], resources: readonly string[]): ScopeRequest {
  const parsed = requested.map(splitScope);
  const audiences = [...new Set(parsed.map((scope) => scope.resource))];
  if (audiences.length > 1) {
    return { ok: false, code: 'AADSTS28000', message: 'AADSTS28000: Provided value for the input parameter scope is not valid because it contains more than one resource.' };
  }
  const audience = audiences[0] ?? GRAPH_AUDIENCE;
  if (audience !== GRAPH_AUDIENCE && !resources.map((resource) => resource.toLowerCase()).includes(audience)) {
    return { ok: false, code: 'AADSTS500011', message: `AADSTS500011: The resource principal named ${audience} was not found in the tenant.` };
  }
  const everyConsented = parsed.some((scope) => scope.name === '.default');
  const scopes = parsed.map((scope) => scope.name).filter((name) => name !== '.default');
  const consentNames = scopes.map((name) => (audience === GRAPH_AUDIENCE ? name : `${audience}/${name}`));
  return { ok: true, audience, scopes, consentNames, everyConsented };
}

/** The scope names of `consented` that belong to `audience`, as a token carries them. */
export function consentedScopesOf(consented: readonly string[], audience: string): string[] {
  return consented.map(splitScope).filter((scope) => scope.resource === audience).map((scope) => scope.name);
}

function splitScope(scope: string): { readonly resource: string; readonly name: string } {
  const match = /^(https:\/\/[^/]+)\/(.+)$/i.exec(scope);
  if (match === null) return { resource: GRAPH_AUDIENCE, name: scope };
  return { resource: (match[1] ?? '').toLowerCase(), name: match[2] ?? '' };
}
