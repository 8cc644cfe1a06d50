import type { ColumnDefinition } from '../../../src/lists/listSchema';
import type { GraphRequest } from '../graphTypes';
import type { EmulatorStore } from '../store/openEmulatorStore';
import type { IdentityRecord, ListRecord, SiteRecord } from '../store/storeRecords';
import type { ListAccess } from '../../sharepoint/security/SiteSecurity';
import { accessTo, assertListAccess } from './listAccess';
import type { ListOperation } from './listAccess';
import type { ItemRenderContext } from './listItemResource';
import { itemNotFound } from './SharePointError';

/**
 * How SharePoint answers a write whose `If-Match` names an older version: 412 as "Update
 * listItem" documents, or 409 `resourceModified` as reported (onedrive-api-docs #1414).
 */
export type StaleETagStatus = 409 | 412;

/** Everything a route needs: the request, its resolved site and the handler's settings. */
export interface RouteContext {
  readonly store: EmulatorStore;
  readonly request: GraphRequest;
  readonly site: SiteRecord;
  readonly pageSizeDefault: number;
  readonly deltaTokenLifetimeMs: number;
  readonly staleETagStatus: StaleETagStatus;
}

/** A list the caller may use, with its column definitions (Title first) and the caller's rights on it. */
export interface ResolvedList {
  readonly list: ListRecord;
  readonly columns: readonly ColumnDefinition[];
  readonly access: ListAccess;
}

/** Finds a list by id or display name; 404 when missing, 403 when the caller may not do `operation` on it. */
export function resolveList(context: RouteContext, idOrName: string, operation: ListOperation): ResolvedList {
  const list = context.store.tables.findList(context.site.id, idOrName);
  if (list === undefined) throw itemNotFound(`List '${idOrName}' does not exist at site with ID '${context.site.id}'.`);
  const access = accessTo(context.store, context.site, context.request.caller, list);
  assertListAccess(access, operation);
  return { list, columns: context.store.tables.columnsOf(list.id).map((column) => column.definition), access };
}

/** The store clock as SharePoint writes times: UTC, whole seconds. */
export function isoNow(context: RouteContext): string {
  return `${context.store.now().toISOString().slice(0, 19)}Z`;
}

/** The caller as Graph's `identity` (`createdBy.user`). */
export function callerIdentity(context: RouteContext): IdentityRecord {
  const user = context.request.caller.user;
  return { id: user.id, displayName: user.displayName, email: user.mail };
}

/** What item rendering needs for a list of this request's site. */
export function renderContextOf(context: RouteContext, resolved: ResolvedList): ItemRenderContext {
  // A page renders up to 5000 items by a handful of users: look each up once.
  const lookupIds = new Map<string, number>();
  const lookupIdOf = (userId: string): number => {
    let lookupId = lookupIds.get(userId);
    if (lookupId === undefined) {
      lookupId = context.store.tables.lookupIdOf(userId);
      lookupIds.set(userId, lookupId);
    }
    return lookupId;
  };
  return { site: context.site, list: resolved.list, columns: resolved.columns, lookupIdOf };
}
