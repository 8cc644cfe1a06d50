import type { GraphResponse } from '../graphTypes';
import type { ItemRecord } from '../store/storeRecords';
import { compileItemFilter, filterableFields } from './compileItemFilter';
import { toFieldValueSet, toGraphListItem, toGraphListItemVersion } from './listItemResource';
import { createListItem, deleteListItem, eTagOf, updateListItemFields } from './listItemWrites';
import { buildLink, baseUrlOf, decodeSkipToken, encodeSkipToken } from './pageLinks';
import { parseItemFilter } from './parseItemFilter';
import { parseItemQuery, queryOption } from './parseItemQuery';
import { assertItemAccess, canReadItem } from './listAccess';
import { callerIdentity, isoNow, renderContextOf, resolveList } from './RouteContext';
import type { ResolvedList, RouteContext } from './RouteContext';
import { invalidRequest, itemNotFound } from './SharePointError';

const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

/**
 * `GET .../items`: pages of at most `$top` items in id order, filtered by `$filter`;
 * `@odata.nextLink` carries a skiptoken until the last page. `$orderby` is ignored.
 */
export function getItems(context: RouteContext, listIdOrName: string): GraphResponse {
  const resolved = resolveList(context, listIdOrName, 'read');
  const query = parseItemQuery(context.request.query, context.pageSizeDefault);
  const honorNonIndexed = (context.request.headers['prefer'] ?? '').toLowerCase().includes(HONOR_NON_INDEXED);
  const matches =
    query.filter === undefined ? () => true : compileItemFilter(parseItemFilter(query.filter), filterableFields(resolved.columns), honorNonIndexed);
  const after = query.skipToken === undefined ? 0 : decodeSkipToken(query.skipToken);
  const page: ItemRecord[] = [];
  let more = false;
  for (const item of context.store.tables.itemsAfter(resolved.list.id, after)) {
    if (!canReadItem(resolved.access, item) || !matches(item)) continue;
    if (page.length === query.top) {
      more = true;
      break;
    }
    page.push(item);
  }
  const render = renderContextOf(context, resolved);
  const last = page[page.length - 1];
  return {
    status: 200,
    body: {
      '@odata.context': `${baseUrlOf(context.request)}/$metadata#sites('${context.site.id}')/lists('${resolved.list.id}')/items`,
      value: page.map((item) => toGraphListItem(render, item, query)),
      ...(more && last !== undefined ? { '@odata.nextLink': buildLink(context.request, context.request.path, { $skiptoken: encodeSkipToken(last.id) }) } : {}),
    },
  };
}

/** `GET .../items/{id}` (fields only with `expand=fields`). */
export function getItem(context: RouteContext, listIdOrName: string, itemId: string): GraphResponse {
  const resolved = resolveList(context, listIdOrName, 'read');
  const item = findItem(context, resolved, itemId, 'read');
  const query = parseItemQuery(context.request.query, context.pageSizeDefault);
  return { status: 200, headers: { ETag: eTagOf(item) }, body: toGraphListItem(renderContextOf(context, resolved), item, query) };
}

/**
 * `GET .../items/{id}/versions` ("List versions of a listItem"): newest first, without
 * `fields` (Graph documents `expand=fields` only for a single version, so the emulator
 * leaves it out of the collection: the stricter reading). Readable by whoever may read
 * the item.
 */
export function getItemVersions(context: RouteContext, listIdOrName: string, itemId: string): GraphResponse {
  const resolved = resolveList(context, listIdOrName, 'read');
  const item = findItem(context, resolved, itemId, 'read');
  const render = renderContextOf(context, resolved);
  return { status: 200, body: { value: context.store.tables.versionsOf(resolved.list.id, item.id).map((version) => toGraphListItemVersion(render, item, version, false)) } };
}

/** `GET .../items/{id}/versions/{version-id}`, `expand=fields` honoured ("Get a ListItemVersion resource"). */
export function getItemVersion(context: RouteContext, listIdOrName: string, itemId: string, versionId: string): GraphResponse {
  const resolved = resolveList(context, listIdOrName, 'read');
  const item = findItem(context, resolved, itemId, 'read');
  const version = context.store.tables.versionsOf(resolved.list.id, item.id).find((candidate) => `${candidate.version}.0` === versionId);
  if (version === undefined) throw itemNotFound(`Version '${versionId}' of item ${itemId} was not found.`);
  const query = parseItemQuery(context.request.query, context.pageSizeDefault);
  return { status: 200, body: toGraphListItemVersion(renderContextOf(context, resolved), item, version, query.expandFields) };
}

/** `GET .../items/{id}/fields`, `$select` honoured. */
export function getItemFields(context: RouteContext, listIdOrName: string, itemId: string): GraphResponse {
  const resolved = resolveList(context, listIdOrName, 'read');
  const item = findItem(context, resolved, itemId, 'read');
  const select = queryOption(context.request.query, 'select');
  const names = select?.split(',').map((name) => name.trim()).filter((name) => name !== '');
  return { status: 200, headers: { ETag: eTagOf(item) }, body: toFieldValueSet(renderContextOf(context, resolved), item, names) };
}

/** `POST .../items` with `{fields}`: 201 with the new item and its fields. */
export function postItem(context: RouteContext, listIdOrName: string): GraphResponse {
  const resolved = resolveList(context, listIdOrName, 'add');
  const body = context.request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('fields' in body)) {
    throw invalidRequest('The request body must be a listItem with a "fields" object.');
  }
  const item = context.store.transaction(() =>
    createListItem(
      { tables: context.store.tables, list: resolved.list, columns: resolved.columns, identity: callerIdentity(context), now: isoNow(context) },
      body.fields,
      { requireCollectionAnnotation: true },
    ),
  );
  const shape = { expandFields: true, fieldSelect: undefined, itemSelect: undefined };
  return { status: 201, headers: { ETag: eTagOf(item) }, body: toGraphListItem(renderContextOf(context, resolved), item, shape) };
}

/** `PATCH .../items/{id}/fields`: honours `If-Match`, returns the updated fieldValueSet. */
export function patchItemFields(context: RouteContext, listIdOrName: string, itemId: string): GraphResponse {
  const resolved = resolveList(context, listIdOrName, 'read');
  const updated = context.store.transaction(() => {
    const item = findItem(context, resolved, itemId, 'edit');
    return updateListItemFields(
      { tables: context.store.tables, list: resolved.list, columns: resolved.columns, identity: callerIdentity(context), now: isoNow(context) },
      item,
      context.request.body,
      context.request.headers['if-match'],
      context.staleETagStatus,
    );
  });
  return { status: 200, headers: { ETag: eTagOf(updated) }, body: toFieldValueSet(renderContextOf(context, resolved), updated, undefined) };
}

/** `DELETE .../items/{id}`: 204; honours `If-Match`. */
export function deleteItem(context: RouteContext, listIdOrName: string, itemId: string): GraphResponse {
  const resolved = resolveList(context, listIdOrName, 'read');
  context.store.transaction(() => {
    const item = findItem(context, resolved, itemId, 'delete');
    deleteListItem(
      { tables: context.store.tables, list: resolved.list, columns: resolved.columns, identity: callerIdentity(context), now: isoNow(context) },
      item,
      context.request.headers['if-match'],
      context.staleETagStatus,
    );
  });
  return { status: 204 };
}

/** The item, when the caller may `operation` it: 404 when missing or hidden from the caller, 403 when only readable. */
function findItem(context: RouteContext, resolved: ResolvedList, itemId: string, operation: 'read' | 'edit' | 'delete'): ItemRecord {
  if (!/^[1-9][0-9]{0,9}$/.test(itemId)) throw invalidRequest(`Invalid item id '${itemId}': list item ids are positive integers.`);
  const item = context.store.tables.findItem(resolved.list.id, Number(itemId));
  if (item === undefined) throw itemNotFound('The specified item was not found.');
  assertItemAccess(resolved.access, item, operation);
  return item;
}
