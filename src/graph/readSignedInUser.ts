import type { GraphClient } from './createGraphClient';

/** Who is signed in, as Graph knows them from the token: never from the host's context. */
export interface SignedInUser {
  /** Entra object id (the token's `oid`). */
  readonly id: string;
  /** The UPN in this tenant; a guest's has the `#EXT#` form. */
  readonly userPrincipalName: string;
  readonly displayName: string;
}

/**
 * `GET /me` (`User.Read`): the signed-in user as the token says. teams-js documents the
 * context's `userPrincipalName` and `loginHint` as hints only, "never proof of identity"
 * (a guest's login hint is their home-tenant UPN), so whatever records who did something
 * takes the user from here.
 */
export async function readSignedInUser(graph: GraphClient): Promise<SignedInUser> {
  const body = (await graph.send({ method: 'GET', path: '/me?$select=id,userPrincipalName,displayName', idempotent: true })).body as Record<string, unknown> | undefined;
  const id = body?.['id'];
  const upn = body?.['userPrincipalName'];
  if (typeof id !== 'string' || id === '' || typeof upn !== 'string' || upn === '') throw new Error('Graph returned no signed-in user for /me');
  const name = body?.['displayName'];
  return { id, userPrincipalName: upn, displayName: typeof name === 'string' && name !== '' ? name : upn };
}
