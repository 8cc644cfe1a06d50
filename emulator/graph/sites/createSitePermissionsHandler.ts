import { randomUUID } from 'node:crypto';
import type { GraphHandler, GraphRequest, GraphResponse } from '../graphTypes';
import { graphError } from '../graphTypes';
import type { EmulatorUser } from '../graphTypes';

/** Scope Graph requires, delegated, for site permissions (plus a SharePoint admin role). */
const FULL_CONTROL_SCOPE = 'Sites.FullControl.All';
const ROLES: ReadonlySet<string> = new Set(['read', 'write', 'owner', 'fullcontrol']);
const PERMISSIONS_PATH = /^(\/sites\/.+?)(?::)?\/permissions(?:\/([^/]+))?\/?$/;

interface StoredPermission {
  readonly id: string;
  readonly roles: readonly string[];
  readonly applications: readonly { readonly id: string; readonly displayName: string }[];
}

/**
 * Graph's site permissions for applications (the `Sites.Selected` grants):
 * `GET|POST /sites/{site}/permissions`, `GET|DELETE /sites/{site}/permissions/{id}`.
 * Every other `/sites` request goes to `sharePoint`. As in Graph, the caller needs the
 * delegated scope Sites.FullControl.All and an admin role (here: a site collection
 * administrator of the site, `isAdministrator`).
 * Grants are kept in memory: they last until the emulator stops.
 */
export function createSitePermissionsHandler(sharePoint: () => GraphHandler, isAdministrator: (user: EmulatorUser, siteId: string) => boolean): GraphHandler {
  const grantsBySite = new Map<string, StoredPermission[]>();
  return async (request) => {
    const match = PERMISSIONS_PATH.exec(request.path.split('?')[0] ?? '');
    if (match === null) return sharePoint()(request);
    const [, sitePath = '', permissionId] = match;
    const site = await sharePoint()({ ...request, method: 'GET', path: sitePath, query: new URLSearchParams(), body: undefined });
    if (site.status !== 200) return site;
    const siteId = String((site.body as { id?: unknown }).id);
    if (!request.caller.scopes.includes(FULL_CONTROL_SCOPE) || !isAdministrator(request.caller.user, siteId)) {
      return graphError(403, 'accessDenied', 'Managing site permissions needs Sites.FullControl.All and a SharePoint administrator.');
    }
    const grants = grantsBySite.get(siteId) ?? [];
    grantsBySite.set(siteId, grants);
    if (permissionId === undefined) {
      if (request.method === 'GET') return { status: 200, body: { value: grants.map(toGraphPermission) } };
      if (request.method === 'POST') return createGrant(request, grants);
      return graphError(405, 'methodNotAllowed', `The method ${request.method} is not allowed on this resource.`);
    }
    const index = grants.findIndex((grant) => grant.id === permissionId);
    if (index === -1) return graphError(404, 'itemNotFound', `Permission '${permissionId}' does not exist.`);
    if (request.method === 'GET') return { status: 200, body: toGraphPermission(grants[index] as StoredPermission) };
    if (request.method === 'DELETE') {
      grants.splice(index, 1);
      return { status: 204 };
    }
    return graphError(405, 'methodNotAllowed', `The method ${request.method} is not allowed on this resource.`);
  };
}

function createGrant(request: GraphRequest, grants: StoredPermission[]): GraphResponse {
  const body = request.body as { roles?: unknown; grantedToIdentities?: unknown } | undefined;
  const roles = body?.roles;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => typeof role === 'string' && ROLES.has(role))) {
    return graphError(400, 'invalidRequest', 'roles must be a non-empty array of read, write, owner or fullcontrol.');
  }
  const identities = body?.grantedToIdentities;
  const applications = Array.isArray(identities)
    ? identities.map((identity: unknown) => (identity as { application?: { id?: unknown; displayName?: unknown } } | null)?.application)
    : [];
  if (applications.length === 0 || !applications.every((application) => typeof application?.id === 'string' && application.id !== '')) {
    return graphError(400, 'invalidRequest', 'grantedToIdentities must name at least one application with an id.');
  }
  const grant: StoredPermission = {
    id: Buffer.from(randomUUID()).toString('base64url'),
    roles: roles as string[],
    applications: applications.map((application) => ({
      id: String(application?.id),
      displayName: typeof application?.displayName === 'string' ? application.displayName : '',
    })),
  };
  grants.push(grant);
  return { status: 201, body: toGraphPermission(grant) };
}

function toGraphPermission(grant: StoredPermission): Record<string, unknown> {
  const identities = grant.applications.map((application) => ({ application }));
  return { id: grant.id, roles: [...grant.roles], grantedToIdentities: identities, grantedToIdentitiesV2: identities };
}
