import type { CallerContext } from '../graphTypes';
import type { ListRecord } from '../store/storeRecords';
import { SharePointError } from './SharePointError';

/**
 * Role key meaning "site owner": a user whose `roles['*site']` is `'write'` may create
 * lists and columns (`POST /sites/{id}/lists`, `POST .../lists/{id}/columns`). Every
 * other role key is a list display name: `'read'` allows GETs on that list and its
 * items, `'write'` allows reads and item writes.
 */
export const SITE_OWNER_ROLE = '*site';

/** What a request needs on a list. */
export type ListPermission = 'read' | 'write';

/** The caller's role on a list, matched by display name case-insensitively like SharePoint titles. */
export function roleOn(caller: CallerContext, listDisplayName: string): 'read' | 'write' | undefined {
  const wanted = listDisplayName.toLowerCase();
  for (const [name, role] of Object.entries(caller.user.roles)) {
    if (name.toLowerCase() === wanted) return role;
  }
  return undefined;
}

/** True when the caller may at least read the list. */
export function canRead(caller: CallerContext, list: ListRecord): boolean {
  return roleOn(caller, list.displayName) !== undefined;
}

/** 403 `accessDenied` unless the caller's role on the list covers `needed`. */
export function assertListPermission(caller: CallerContext, list: ListRecord, needed: ListPermission): void {
  const role = roleOn(caller, list.displayName);
  if (role === 'write' || (role === 'read' && needed === 'read')) return;
  throw accessDenied();
}

/** 403 `accessDenied` unless the caller owns the site (see {@link SITE_OWNER_ROLE}). */
export function assertSiteOwner(caller: CallerContext): void {
  if (caller.user.roles[SITE_OWNER_ROLE] !== 'write') throw accessDenied();
}

function accessDenied(): SharePointError {
  return new SharePointError(403, 'accessDenied', 'Access denied');
}
