import type { GraphResponse } from '../graphTypes';
import { accessTo, assertListAccess, assertSiteManageLists, canSeeList, securityOf } from './listAccess';
import { addListColumn, createListRecord } from './createListRecord';
import { parseColumnDefinition } from './parseColumnDefinition';
import { queryOption } from './parseItemQuery';
import { baseUrlOf } from './pageLinks';
import { isoNow, resolveList } from './RouteContext';
import type { RouteContext } from './RouteContext';
import { invalidRequest, itemNotFound } from './SharePointError';
import { listColumnsOf, toGraphColumn, toGraphList, toGraphSite } from './sharePointResources';

/** `GET /sites/{site}`: any authenticated caller may read the site itself. */
export function getSite(context: RouteContext): GraphResponse {
  return { status: 200, body: { '@odata.context': `${baseUrlOf(context.request)}/$metadata#sites/$entity`, ...toGraphSite(context.site) } };
}

/** `GET /sites/{site}/lists`: only the lists the caller may view, as SharePoint hides the rest. */
export function getLists(context: RouteContext): GraphResponse {
  const withColumns = expandsColumns(context);
  const tables = context.store.tables;
  // Read the site's permissions once for the whole collection, not once per list.
  const security = securityOf(context.store, context.site);
  const value = tables
    .listsOfSite(context.site.id)
    .filter((list) => canSeeList(security.accessTo(context.request.caller.user, list.id)))
    .map((list) => toGraphList(context.site, list, withColumns ? tables.columnsOf(list.id) : undefined));
  return { status: 200, body: { '@odata.context': `${baseUrlOf(context.request)}/$metadata#sites('${context.site.id}')/lists`, value } };
}

/** `GET /sites/{site}/lists/{list}` (id or display name), `$expand=columns` honoured. */
export function getList(context: RouteContext, listIdOrName: string): GraphResponse {
  const { list } = resolveList(context, listIdOrName, 'read');
  const columns = expandsColumns(context) ? context.store.tables.columnsOf(list.id) : undefined;
  return { status: 200, body: toGraphList(context.site, list, columns) };
}

/**
 * `POST /sites/{site}/lists` with `{displayName, description?, columns?, list?: {template}}`;
 * only `genericList` is supported. Needs Manage Lists on the site (Owners; Members have it too through Edit).
 */
export function postList(context: RouteContext): GraphResponse {
  assertSiteManageLists(context.store, context.site, context.request.caller);
  const body = context.request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest('The request body must be a list object.');
  const { displayName, description, columns, list } = body as Record<string, unknown>;
  if (typeof displayName !== 'string' || displayName.trim() === '' || displayName.length > 255) {
    throw invalidRequest('The list needs a displayName of 1 to 255 characters.');
  }
  if (description !== undefined && typeof description !== 'string') throw invalidRequest('description must be a string.');
  if (columns !== undefined && !Array.isArray(columns)) throw invalidRequest('columns must be an array of column definitions.');
  const template = (list as { template?: unknown } | undefined)?.template;
  if (list !== undefined && (typeof list !== 'object' || list === null)) throw invalidRequest('list must be an object.');
  if (template !== undefined && template !== 'genericList') throw invalidRequest(`The emulator only creates lists with template 'genericList', not ${JSON.stringify(template)}.`);
  const created = context.store.transaction(() =>
    createListRecord(
      context.store.tables,
      context.site.id,
      { displayName: displayName.trim(), description: description ?? '', columns: (columns as unknown[] | undefined) ?? [] },
      isoNow(context),
      { ifExists: 'conflict' },
    ),
  );
  return { status: 201, body: toGraphList(context.site, created, context.store.tables.columnsOf(created.id)) };
}

/** `GET .../lists/{list}/columns`. */
export function getColumns(context: RouteContext, listIdOrName: string): GraphResponse {
  const { list } = resolveList(context, listIdOrName, 'read');
  return { status: 200, body: { value: listColumnsOf(context.store.tables.columnsOf(list.id)) } };
}

/** `GET .../lists/{list}/columns/{column}` by id or internal name. */
export function getColumn(context: RouteContext, listIdOrName: string, columnIdOrName: string): GraphResponse {
  const { list } = resolveList(context, listIdOrName, 'read');
  const wanted = columnIdOrName.toLowerCase();
  const found = listColumnsOf(context.store.tables.columnsOf(list.id)).find(
    (column) => String(column['id']).toLowerCase() === wanted || String(column['name']).toLowerCase() === wanted,
  );
  if (found === undefined) throw itemNotFound(`Column '${columnIdOrName}' does not exist.`);
  return { status: 200, body: found };
}

/** `POST .../lists/{list}/columns`: adds one column; needs Manage Lists on the list. */
export function postColumn(context: RouteContext, listIdOrName: string): GraphResponse {
  const list = context.store.tables.findList(context.site.id, listIdOrName);
  if (list === undefined) throw itemNotFound(`List '${listIdOrName}' does not exist at site with ID '${context.site.id}'.`);
  assertListAccess(accessTo(context.store, context.site, context.request.caller, list), 'manage');
  const security = securityOf(context.store, context.site);
  const itemSecurity = { readSecurity: security.listSecurity(list.id).readSecurity, itemsWithOwnPermissions: security.hasItemsWithUniqueRoleAssignments(list.id) };
  const column = context.store.transaction(() => addListColumn(context.store.tables, list, context.request.body, isoNow(context), itemSecurity));
  return { status: 201, body: toGraphColumn(column.id, column.definition, false) };
}

/**
 * `PATCH .../lists/{list}/columns/{column}` ("Update columnDefinition"): needs Manage Lists
 * on the list. Graph lets any property but the id change; the emulator changes only the
 * `choice` facet of a choice column (what provisioning does, adding choices) and refuses
 * anything else with 400, so a client never relies on an update nobody checked here.
 */
export function patchColumn(context: RouteContext, listIdOrName: string, columnIdOrName: string): GraphResponse {
  const list = context.store.tables.findList(context.site.id, listIdOrName);
  if (list === undefined) throw itemNotFound(`List '${listIdOrName}' does not exist at site with ID '${context.site.id}'.`);
  assertListAccess(accessTo(context.store, context.site, context.request.caller, list), 'manage');
  const wanted = columnIdOrName.toLowerCase();
  const stored = context.store.tables.columnsOf(list.id).find((column) => column.id.toLowerCase() === wanted || column.definition.name.toLowerCase() === wanted);
  if (stored === undefined) throw itemNotFound(`Column '${columnIdOrName}' does not exist.`);
  const body = context.request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest('The request body must be a column definition.');
  const others = Object.keys(body).filter((key) => key !== 'choice');
  if (others.length > 0) throw invalidRequest(`The emulator updates only the choice facet of a column, not ${others.join(', ')}.`);
  if (stored.definition.choice === undefined) throw invalidRequest(`The column '${stored.definition.name}' is not a choice column.`);
  const definition = parseColumnDefinition({ ...stored.definition, choice: (body as { choice?: unknown }).choice });
  const column = { id: stored.id, definition };
  context.store.transaction(() => {
    context.store.tables.updateColumn(list.id, column);
    context.store.tables.touchList(list.id, isoNow(context));
  });
  return { status: 200, body: toGraphColumn(column.id, column.definition, false) };
}

function expandsColumns(context: RouteContext): boolean {
  const expand = queryOption(context.request.query, 'expand');
  return expand !== undefined && expand.split(',').some((entry) => entry.trim().replace(/\(.*\)$/s, '') === 'columns');
}
