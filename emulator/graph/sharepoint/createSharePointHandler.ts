import type { GraphHandler, GraphRequest, GraphResponse } from '../graphTypes';
import { graphError } from '../graphTypes';
import type { EmulatorStore } from '../store/openEmulatorStore';
import { normalizeServerRelativePath } from '../store/openEmulatorStore';
import type { SiteRecord } from '../store/storeRecords';
import { getItemsDelta } from './deltaRoute';
import { deleteItem, getItem, getItemFields, getItemVersion, getItemVersions, getItems, patchItemFields, postItem } from './itemRoutes';
import { getColumn, getColumns, getList, getLists, getSite, patchColumn, postColumn, postList } from './listRoutes';
import { parseSitesPath } from './parseSitesPath';
import type { SiteAddress } from './parseSitesPath';
import type { RouteContext, StaleETagStatus } from './RouteContext';
import { itemNotFound, SharePointError } from './SharePointError';

/** Options of {@link createSharePointHandler}. */
export interface SharePointHandlerOptions {
  /** Page size of `.../items` and delta when the request has no `$top`. @default 200 */
  readonly pageSizeDefault?: number;
  /** How long a delta or next link stays valid; older ones get 410. @default 30 days */
  readonly deltaTokenLifetimeMs?: number;
  /** How a stale `If-Match` is answered now (the fault setting `staleETagStatus`). @default () => 412 */
  readonly staleETagStatus?: () => StaleETagStatus;
}

const DEFAULT_PAGE_SIZE = 200;
const DEFAULT_DELTA_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const DELTA_SEGMENTS: ReadonlySet<string> = new Set(['delta', 'delta()', 'microsoft.graph.delta()']);

/**
 * Answers the SharePoint part of Graph: `/sites/{site}`, its lists, columns, items and
 * item delta, stored in `store`. Unknown paths get 404 `itemNotFound`; a known path
 * with an unsupported method gets 405 `methodNotAllowed`. Never throws: an unexpected
 * failure becomes 500 `generalException` and its transaction is rolled back.
 */
export function createSharePointHandler(store: EmulatorStore, options: SharePointHandlerOptions = {}): GraphHandler {
  const pageSizeDefault = options.pageSizeDefault ?? DEFAULT_PAGE_SIZE;
  const deltaTokenLifetimeMs = options.deltaTokenLifetimeMs ?? DEFAULT_DELTA_LIFETIME_MS;
  const staleETagStatus = options.staleETagStatus ?? (() => 412);
  return (request) => {
    try {
      return Promise.resolve(route(store, request, pageSizeDefault, deltaTokenLifetimeMs, staleETagStatus()));
    } catch (error: unknown) {
      if (error instanceof SharePointError) return Promise.resolve(error.toResponse());
      const detail = error instanceof Error ? error.message : String(error);
      return Promise.resolve(graphError(500, 'generalException', `An unexpected error occurred in the emulator: ${detail}`));
    }
  };
}

function route(store: EmulatorStore, request: GraphRequest, pageSizeDefault: number, deltaTokenLifetimeMs: number, staleETagStatus: StaleETagStatus): GraphResponse {
  const parsed = parseSitesPath(request.path.split('?')[0] ?? '');
  if (parsed === undefined) throw itemNotFound(`Resource not found for the segment '${request.path}'.`);
  const site = findSite(store, parsed.site);
  const context: RouteContext = { store, request, site, pageSizeDefault, deltaTokenLifetimeMs, staleETagStatus };
  const method = request.method;
  const [collection, list, child, item, leaf, ...extra] = parsed.rest;
  const notFound = () => itemNotFound(`Resource not found for the segment '${parsed.rest.join('/')}'.`);

  if (collection === undefined) return only(method, 'GET', () => getSite(context));
  if (collection !== 'lists') throw notFound();
  if (list === undefined) {
    if (method === 'GET') return getLists(context);
    return only(method, 'POST', () => postList(context));
  }
  if (child === undefined) return only(method, 'GET', () => getList(context, list));
  if (child === 'columns') {
    if (leaf !== undefined) throw notFound();
    if (item !== undefined) return method === 'PATCH' ? patchColumn(context, list, item) : only(method, 'GET', () => getColumn(context, list, item));
    if (method === 'GET') return getColumns(context, list);
    return only(method, 'POST', () => postColumn(context, list));
  }
  if (child !== 'items') throw notFound();
  if (leaf === 'versions' && item !== undefined && !DELTA_SEGMENTS.has(item)) {
    const [versionId, ...more] = extra;
    if (more.length > 0) throw notFound();
    return only(method, 'GET', () => (versionId === undefined ? getItemVersions(context, list, item) : getItemVersion(context, list, item, versionId)));
  }
  if (extra.length > 0) throw notFound();
  if (item === undefined) {
    if (method === 'GET') return getItems(context, list);
    return only(method, 'POST', () => postItem(context, list));
  }
  if (DELTA_SEGMENTS.has(item)) {
    if (leaf !== undefined) throw notFound();
    return only(method, 'GET', () => getItemsDelta(context, list));
  }
  if (leaf === undefined) {
    if (method === 'GET') return getItem(context, list, item);
    return only(method, 'DELETE', () => deleteItem(context, list, item));
  }
  if (leaf !== 'fields') throw notFound();
  if (method === 'GET') return getItemFields(context, list, item);
  return only(method, 'PATCH', () => patchItemFields(context, list, item));
}

function only(method: GraphRequest['method'], allowed: GraphRequest['method'], answer: () => GraphResponse): GraphResponse {
  if (method !== allowed) throw new SharePointError(405, 'methodNotAllowed', `The method ${method} is not allowed on this resource.`);
  return answer();
}

function findSite(store: EmulatorStore, address: SiteAddress): SiteRecord {
  const site =
    address.kind === 'id'
      ? store.tables.findSiteById(address.id)
      : store.tables.findSiteByPath(address.hostname, normalizeServerRelativePath(address.serverRelativePath));
  if (site === undefined) throw itemNotFound('Requested site could not be found');
  return site;
}
