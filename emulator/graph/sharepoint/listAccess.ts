import { maskHas } from '../../../src/sharepoint/permissionKinds';
import { canAddItems, canReadItem, canWriteItem, SiteSecurity } from '../../sharepoint/security/SiteSecurity';
import type { ListAccess } from '../../sharepoint/security/SiteSecurity';
import type { CallerContext } from '../graphTypes';
import type { EmulatorStore } from '../store/openEmulatorStore';
import type { ItemRecord, ListRecord, SiteRecord } from '../store/storeRecords';
import { itemNotFound, SharePointError } from './SharePointError';

/**
 * SharePoint's permission checks as Graph shows them (emulator/sharepoint/security has the
 * model). Graph collections leave out what the caller may not see: lists without View
 * Items, items hidden by item-level read security (microsoft-graph-docs #12692). A write
 * beyond the caller's rights is 403 `accessDenied`. A single item the caller may not read
 * is 404, as if it did not exist: SharePoint does not tell a reader which ids exist
 * (inferred from the collection behaviour; the stricter choice, see
 * docs/emulator-conformance.md).
 */

/** What a request does on a list. */
export type ListOperation = 'read' | 'add' | 'edit' | 'delete' | 'manage';

/** The site's security as the store keeps it. */
export function securityOf(store: EmulatorStore, site: SiteRecord): SiteSecurity {
  return SiteSecurity.of(store.tables, site);
}

/** The caller's rights on `list`. */
export function accessTo(store: EmulatorStore, site: SiteRecord, caller: CallerContext, list: ListRecord): ListAccess {
  return securityOf(store, site).accessTo(caller.user, list.id);
}

/**
 * True when the caller sees the list at all: View Items on it, or on one of its items
 * with its own permissions (SharePoint then gives the list "Limited Access").
 */
export function canSeeList(access: ListAccess): boolean {
  return maskHas(access.mask, 'viewListItems') || [...access.itemMasks.values()].some((mask) => maskHas(mask, 'viewListItems'));
}

/** What each operation on a list as a whole needs. */
const ALLOWS: Readonly<Record<ListOperation, (access: ListAccess) => boolean>> = {
  read: canSeeList,
  add: canAddItems,
  edit: (access) => maskHas(access.mask, 'editListItems'),
  delete: (access) => maskHas(access.mask, 'deleteListItems'),
  manage: (access) => maskHas(access.mask, 'manageLists'),
};

/** 403 `accessDenied` unless `access` allows `operation` on the list as a whole. */
export function assertListAccess(access: ListAccess, operation: ListOperation): void {
  if (!ALLOWS[operation](access)) throw accessDenied();
}

/** 403 unless the caller may create lists on the site (Manage Lists on the web). */
export function assertSiteManageLists(store: EmulatorStore, site: SiteRecord, caller: CallerContext): void {
  if (!maskHas(securityOf(store, site).maskOf(caller.user), 'manageLists')) throw accessDenied();
}

/** True when the caller may read `item`. */
export { canReadItem };

/** 404 when the caller may not read `item`, 403 when it may read but not `operation` it. */
export function assertItemAccess(access: ListAccess, item: ItemRecord, operation: 'read' | 'edit' | 'delete'): void {
  if (!canReadItem(access, item)) throw itemNotFound('The specified item was not found.');
  if (operation !== 'read' && !canWriteItem(access, item, operation)) throw accessDenied();
}

function accessDenied(): SharePointError {
  return new SharePointError(403, 'accessDenied', 'Access denied');
}
