import { buildItemsQuery, expandFields, selectProperties } from './buildItemsQuery';
import type { ItemProperty, ItemsQuery } from './buildItemsQuery';
import type { GraphClient, GraphRequestSpec } from './createGraphClient';
import { GraphError, isGraphError } from './GraphError';
import { optionalString, parseCollectionPage, parseListItem, parseListItemVersion } from './ListItem';
import type { ListItem, ListItemFields, ListItemVersion } from './ListItem';
import { runBatch } from './runBatch';
import type { BatchResult } from './runBatch';

/** Which SharePoint site holds the app's lists. */
export interface SiteAddress {
  /** e.g. `contoso.sharepoint.com` */
  readonly siteHostname: string;
  /** Server-relative path, e.g. `/sites/ivho` */
  readonly sitePath: string;
}

/** Options of {@link ListClient.listItems}. */
export interface ListItemsOptions extends ItemsQuery {
  /**
   * Sends `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly` so Graph accepts a
   * filter on a column that is not indexed (it may still fail on big lists).
   */
  readonly allowNonIndexedFilter?: boolean;
}

/** Options of writes that create items. */
export interface CreateItemOptions {
  /** The fields carry a SubmissionId the list keeps unique, so repeating the POST is safe (409 at worst). */
  readonly idempotent?: boolean;
}

/** Options of {@link ListClient.updateItemFields}. */
export interface UpdateItemOptions {
  /** The eTag read with the item; a stale one makes Graph answer 412 (`preconditionFailed`). */
  readonly ifMatch?: string;
  /** Repeating the PATCH is safe (it sets the same values). */
  readonly idempotent?: boolean;
}

/** The outcome of a field update. */
export interface UpdatedFields {
  readonly fields: ListItemFields;
  /** The item's new eTag, when Graph returned one. */
  readonly eTag: string | undefined;
}

/** Options of {@link ListClient.deltaItems}. */
export interface DeltaOptions {
  readonly select: readonly string[];
  /** The item's own properties to return on a full sync (a stored deltaLink keeps its own). @default every property */
  readonly properties?: readonly ItemProperty[];
  /** The deltaLink kept from the previous sync; omit for a full first sync. */
  readonly deltaLink?: string;
}

/** The changes since the previous sync. */
export interface DeltaResult {
  /** Items created or changed (all items on a full sync). */
  readonly items: readonly ListItem[];
  /** Ids of deleted items. */
  readonly deleted: readonly string[];
  /** Keep it and pass it next time. */
  readonly deltaLink: string;
  /**
   * True when the old deltaLink had expired (410) and this is a full sync: replace the
   * local copy with `items` rather than merging.
   */
  readonly resynced: boolean;
}

/** One list operation inside {@link ListClient.batch}. */
export type ListBatchOperation =
  | { readonly kind: 'get'; readonly list: string; readonly id: string; readonly select?: readonly string[] }
  | { readonly kind: 'create'; readonly list: string; readonly fields: ListItemFields; readonly idempotent?: boolean }
  | { readonly kind: 'update'; readonly list: string; readonly id: string; readonly fields: ListItemFields; readonly ifMatch?: string }
  | { readonly kind: 'delete'; readonly list: string; readonly id: string; readonly ifMatch?: string };

/** Typed operations on the items of one site's lists, lists named by display name. */
export interface ListClient {
  /** The Graph id of the site (`host,guid,guid`), resolved once. */
  siteId(): Promise<string>;
  /** The Graph id of a list found by display name, resolved once per list. */
  listId(list: string): Promise<string>;
  /** Every matching item, following each `@odata.nextLink` to the last page. */
  listItems(list: string, options: ListItemsOptions): Promise<ListItem[]>;
  getItem(list: string, id: string, options?: { readonly select?: readonly string[] }): Promise<ListItem>;
  createItem(list: string, fields: ListItemFields, options?: CreateItemOptions): Promise<ListItem>;
  updateItemFields(list: string, id: string, fields: ListItemFields, options?: UpdateItemOptions): Promise<UpdatedFields>;
  deleteItem(list: string, id: string, options?: { readonly ifMatch?: string }): Promise<void>;
  /** Changes since `deltaLink` (or everything); an expired link (410) triggers a full resync. */
  deltaItems(list: string, options: DeltaOptions): Promise<DeltaResult>;
  /**
   * A deltaLink for "from now on" without enumerating the list (`delta?token=latest`):
   * for callers that load the items another way (filtered, large pages) and only need
   * the changes after that.
   */
  latestDeltaLink(list: string, options?: { readonly select?: readonly string[]; readonly properties?: readonly ItemProperty[] }): Promise<string>;
  /** Runs list operations as `$batch` calls; results in operation order, failures returned per operation. */
  batch(operations: readonly ListBatchOperation[]): Promise<BatchResult[]>;
  /**
   * An item's version history, newest first, each version with its fields: the list of
   * versions, then each version with `expand=fields` (Graph documents the fields of a
   * single version only). At most `limit` versions are read. With `fields: false` only the
   * list is read (who changed it when, one request). @default limit 50, fields true
   */
  itemVersions(list: string, id: string, options?: { readonly limit?: number; readonly fields?: boolean }): Promise<ListItemVersion[]>;
}

const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

/** A {@link ListClient} for one site. Site and list ids are cached; failed lookups are not. */
export function createListClient(graph: GraphClient, site: SiteAddress): ListClient {
  const sitePath = normaliseSitePath(site);
  let siteIdPromise: Promise<string> | undefined;
  const listIds = new Map<string, Promise<string>>();

  function siteId(): Promise<string> {
    siteIdPromise ??= graph.send({ method: 'GET', path: sitePath }).then((result) => {
      const id = optionalString((result.body as { id?: unknown } | undefined)?.id);
      if (id === undefined) throw malformed('the site has no id');
      return id;
    });
    siteIdPromise.catch(() => {
      siteIdPromise = undefined;
    });
    return siteIdPromise;
  }

  function listId(list: string): Promise<string> {
    const cached = listIds.get(list);
    if (cached !== undefined) return cached;
    const lookup = siteId().then(async (site) => {
      // Graph addresses a list by id or by its display name (title).
      const result = await graph.send({ method: 'GET', path: `/sites/${site}/lists/${encodeURIComponent(list)}` });
      const id = optionalString((result.body as { id?: unknown } | undefined)?.id);
      if (id === undefined) throw malformed(`the list ${list} has no id`);
      return id;
    });
    listIds.set(list, lookup);
    lookup.catch(() => listIds.delete(list));
    return lookup;
  }

  /**
   * Items are addressed by site path and list display name in one URL
   * (`/sites/{host}:/{path}:/lists/{name}/items`, Graph's path-based addressing), so a
   * cold start needs no site or list lookup before its first page.
   */
  function itemsPath(list: string): Promise<string> {
    return Promise.resolve(`${sitePath}:/lists/${encodeURIComponent(list)}/items`);
  }

  async function readAllPages(first: GraphRequestSpec): Promise<{ values: unknown[]; deltaLink: string | undefined }> {
    const values: unknown[] = [];
    let request: GraphRequestSpec | undefined = first;
    let deltaLink: string | undefined;
    while (request !== undefined) {
      const page = parseCollectionPage((await graph.send(request)).body);
      values.push(...page.value);
      deltaLink = page.deltaLink ?? deltaLink;
      request = page.nextLink === undefined ? undefined : { ...first, path: page.nextLink };
    }
    return { values, deltaLink };
  }

  async function listItems(list: string, options: ListItemsOptions): Promise<ListItem[]> {
    const path = `${await itemsPath(list)}${buildItemsQuery(options)}`;
    const headers: Record<string, string> = options.allowNonIndexedFilter === true ? { Prefer: PREFER_NON_INDEXED } : {};
    const { values } = await readAllPages({ method: 'GET', path, headers });
    return values.map(parseListItem);
  }

  async function getItem(list: string, id: string, options?: { readonly select?: readonly string[] }): Promise<ListItem> {
    const path = `${await itemsPath(list)}/${itemId(id)}?${expandFields(options?.select ?? [])}`;
    return parseListItem((await graph.send({ method: 'GET', path })).body);
  }

  async function createItem(list: string, fields: ListItemFields, options?: CreateItemOptions): Promise<ListItem> {
    const result = await graph.send({
      method: 'POST',
      path: await itemsPath(list),
      body: { fields },
      ...(options?.idempotent === undefined ? {} : { idempotent: options.idempotent }),
    });
    return parseListItem(result.body);
  }

  async function updateItemFields(list: string, id: string, fields: ListItemFields, options?: UpdateItemOptions): Promise<UpdatedFields> {
    const result = await graph.send({
      method: 'PATCH',
      path: `${await itemsPath(list)}/${itemId(id)}/fields`,
      headers: options?.ifMatch === undefined ? {} : { 'If-Match': options.ifMatch },
      body: fields,
      ...(options?.idempotent === undefined ? {} : { idempotent: options.idempotent }),
    });
    const body = (typeof result.body === 'object' && result.body !== null ? result.body : {}) as ListItemFields;
    return { fields: body, eTag: optionalString(body['@odata.etag']) ?? optionalString(result.headers.get('ETag')) };
  }

  async function deleteItem(list: string, id: string, options?: { readonly ifMatch?: string }): Promise<void> {
    await graph.send({
      method: 'DELETE',
      path: `${await itemsPath(list)}/${itemId(id)}`,
      headers: options?.ifMatch === undefined ? {} : { 'If-Match': options.ifMatch },
    });
  }

  async function latestDeltaLink(list: string, options: { readonly select?: readonly string[]; readonly properties?: readonly ItemProperty[] } = {}): Promise<string> {
    // The deltaLink keeps the query it was made with: without the field selection here, the
    // items of every later delta would come back without their fields.
    const query = [...(options.select === undefined ? [] : [expandFields(options.select)]), ...selectProperties(options.properties)].map((part) => `&${part}`).join('');
    const pages = await readAllPages({ method: 'GET', path: `${await itemsPath(list)}/delta?token=latest${query}` });
    if (pages.deltaLink === undefined) throw malformed('the delta response ended without an @odata.deltaLink');
    return pages.deltaLink;
  }

  async function deltaItems(list: string, options: DeltaOptions): Promise<DeltaResult> {
    const fullSync = async (): Promise<{ values: unknown[]; deltaLink: string | undefined }> =>
      readAllPages({ method: 'GET', path: `${await itemsPath(list)}/delta?${[expandFields(options.select), ...selectProperties(options.properties)].join('&')}` });
    let pages: { values: unknown[]; deltaLink: string | undefined };
    let resynced = false;
    if (options.deltaLink === undefined) {
      pages = await fullSync();
    } else {
      try {
        pages = await readAllPages({ method: 'GET', path: options.deltaLink });
      } catch (error: unknown) {
        if (!isGraphError(error) || error.kind !== 'gone') throw error;
        pages = await fullSync();
        resynced = true;
      }
    }
    if (pages.deltaLink === undefined) throw malformed('the delta response ended without an @odata.deltaLink');
    const items: ListItem[] = [];
    const deleted: string[] = [];
    for (const value of pages.values) {
      if (typeof value === 'object' && value !== null && 'deleted' in value) {
        const id = optionalString((value as { id?: unknown }).id);
        if (id !== undefined) deleted.push(id);
      } else {
        items.push(parseListItem(value));
      }
    }
    return { items, deleted, deltaLink: pages.deltaLink, resynced };
  }

  async function batch(operations: readonly ListBatchOperation[]): Promise<BatchResult[]> {
    const paths = await Promise.all(operations.map((operation) => itemsPath(operation.list)));
    return runBatch(
      graph,
      operations.map((operation, index) => {
        const items = paths[index] ?? '';
        switch (operation.kind) {
          case 'get':
            return { method: 'GET', url: `${items}/${itemId(operation.id)}?${expandFields(operation.select ?? [])}` };
          case 'create':
            return {
              method: 'POST',
              url: items,
              body: { fields: operation.fields },
              ...(operation.idempotent === undefined ? {} : { idempotent: operation.idempotent }),
            };
          case 'update':
            return {
              method: 'PATCH',
              url: `${items}/${itemId(operation.id)}/fields`,
              body: operation.fields,
              ...(operation.ifMatch === undefined ? {} : { headers: { 'If-Match': operation.ifMatch } }),
            };
          case 'delete':
            return {
              method: 'DELETE',
              url: `${items}/${itemId(operation.id)}`,
              ...(operation.ifMatch === undefined ? {} : { headers: { 'If-Match': operation.ifMatch } }),
            };
        }
      }),
    );
  }

  async function itemVersions(list: string, id: string, options?: { readonly limit?: number; readonly fields?: boolean }): Promise<ListItemVersion[]> {
    const base = `${await itemsPath(list)}/${itemId(id)}/versions`;
    const { values } = await readAllPages({ method: 'GET', path: base });
    const versions = values.map(parseListItemVersion).slice(0, options?.limit ?? 50);
    if (options?.fields === false) return versions;
    return Promise.all(
      versions.map(async (version) => parseListItemVersion((await graph.send({ method: 'GET', path: `${base}/${encodeURIComponent(version.id)}?expand=fields`, idempotent: true })).body)),
    );
  }

  return { siteId, listId, listItems, getItem, createItem, updateItemFields, deleteItem, deltaItems, latestDeltaLink, batch, itemVersions };
}

/** `/sites/{hostname}:/{path}`, each path segment percent-encoded. */
function normaliseSitePath(site: SiteAddress): string {
  if (!/^[A-Za-z0-9.-]+$/.test(site.siteHostname)) throw new TypeError(`Not a host name: ${site.siteHostname}`);
  const segments = site.sitePath.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) throw new TypeError(`Not a server-relative site path: ${site.sitePath}`);
  return `/sites/${site.siteHostname}:/${segments.map(encodeURIComponent).join('/')}`;
}

function itemId(id: string): string {
  // Encoded as one segment so an id can never steer the request elsewhere.
  if (id === '') throw new TypeError('A list item id must not be empty');
  return encodeURIComponent(id);
}

function malformed(message: string): GraphError {
  return new GraphError({ kind: 'unknown', status: 0, code: 'malformedResponse', message: `Unexpected Graph response: ${message}` });
}
