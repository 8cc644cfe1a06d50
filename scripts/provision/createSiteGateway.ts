import { isGraphError } from '../../src/graph';
import type { GraphClient, SiteAddress } from '../../src/graph';
import type { ColumnDefinition, ListSchema } from '../../src/lists/listSchema';
import { provisioningPaths } from './provisioningPaths';
import type { ExistingList } from './SiteSnapshot';
import { readExistingList } from './SiteSnapshot';

/** A Sites.Selected grant on a site, as Graph's `permission` resource describes it. */
export interface SitePermissionGrant {
  readonly id: string;
  readonly roles: readonly string[];
  readonly applicationIds: readonly string[];
}

/** The site-level Graph operations of the admin CLIs; item operations go through src/graph's ListClient. */
export interface SiteGateway {
  /** The site's Graph id (`host,guid,guid`), resolved once. */
  siteId(): Promise<string>;
  /** Every list of the site the caller can see, with its columns. */
  readLists(): Promise<ExistingList[]>;
  /**
   * Creates a generic list without its columns (they are added one by one) and resolves
   * with its id; an existing one of that name (409 after a retry) counts as created.
   */
  createList(schema: ListSchema): Promise<string>;
  /** Adds a column; one that already exists (409 after a retry) counts as added. */
  addColumn(listId: string, column: ColumnDefinition): Promise<void>;
  /** Sets the choices of an existing choice column (all of them: Graph replaces the list). */
  setChoices(listId: string, columnId: string, column: ColumnDefinition, choices: readonly string[]): Promise<void>;
  /** Status of a list lookup by name: 200, 403 or 404. */
  probeList(name: string): Promise<'found' | 'forbidden' | 'missing'>;
  /** The application grants on the site. */
  readPermissions(): Promise<SitePermissionGrant[]>;
  /** Grants an application `roles` on the site (Sites.Selected). */
  grantApplication(application: { id: string; displayName: string }, roles: readonly string[]): Promise<SitePermissionGrant>;
}

/** A {@link SiteGateway} for one site, over the app's configured Graph root. */
export function createSiteGateway(graph: GraphClient, site: SiteAddress): SiteGateway {
  let siteIdPromise: Promise<string> | undefined;

  function siteId(): Promise<string> {
    siteIdPromise ??= graph.send({ method: 'GET', path: provisioningPaths.siteByAddress(site) }).then((result) => {
      const id = (result.body as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string') throw new Error('Graph returned a site without an id');
      return id;
    });
    // A failed lookup is not kept: a retry in the same process asks again.
    siteIdPromise.catch(() => {
      siteIdPromise = undefined;
    });
    return siteIdPromise;
  }

  async function readLists(): Promise<ExistingList[]> {
    const lists: ExistingList[] = [];
    let path: string | undefined = provisioningPaths.listsWithColumns(await siteId());
    while (path !== undefined) {
      const body = (await graph.send({ method: 'GET', path })).body as { value?: unknown; '@odata.nextLink'?: unknown } | undefined;
      const values = Array.isArray(body?.value) ? (body.value as unknown[]) : [];
      for (const raw of values) {
        const list = readExistingList(raw);
        if (list !== undefined) lists.push(list);
      }
      const next = body?.['@odata.nextLink'];
      path = typeof next === 'string' ? next : undefined;
    }
    return lists;
  }

  async function createList(schema: ListSchema): Promise<string> {
    const site = await siteId();
    try {
      const created = await graph.send({
        method: 'POST',
        path: provisioningPaths.lists(site),
        body: { displayName: schema.displayName, description: schema.description, list: { template: 'genericList' } },
        // Repeating after a dropped answer ends in 409 "already exists", handled below.
        idempotent: true,
      });
      const id = (created.body as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') return id;
    } catch (error: unknown) {
      if (!(isGraphError(error) && error.kind === 'conflict')) throw error;
    }
    const found = (await graph.send({ method: 'GET', path: provisioningPaths.list(site, schema.displayName) })).body as { id?: unknown } | undefined;
    if (typeof found?.id !== 'string') throw new Error(`Graph returned the list ${schema.displayName} without an id`);
    return found.id;
  }

  async function addColumn(listId: string, column: ColumnDefinition): Promise<void> {
    await alreadyThereIsFine(graph.send({ method: 'POST', path: provisioningPaths.columns(await siteId(), listId), body: column, idempotent: true }));
  }

  async function setChoices(listId: string, columnId: string, column: ColumnDefinition, choices: readonly string[]): Promise<void> {
    // The whole facet: Graph's PATCH replaces `choice`, and the display mode must stay what the app defined.
    const body = { choice: { ...column.choice, choices } };
    await graph.send({ method: 'PATCH', path: `${provisioningPaths.columns(await siteId(), listId)}/${encodeURIComponent(columnId)}`, body, idempotent: true });
  }

  async function probeList(name: string): Promise<'found' | 'forbidden' | 'missing'> {
    try {
      await graph.send({ method: 'GET', path: provisioningPaths.list(await siteId(), name) });
      return 'found';
    } catch (error: unknown) {
      if (isGraphError(error) && error.kind === 'forbidden') return 'forbidden';
      if (isGraphError(error) && error.kind === 'notFound') return 'missing';
      throw error;
    }
  }

  async function readPermissions(): Promise<SitePermissionGrant[]> {
    const body = (await graph.send({ method: 'GET', path: provisioningPaths.sitePermissions(await siteId()) })).body as { value?: unknown } | undefined;
    return (Array.isArray(body?.value) ? (body.value as unknown[]) : []).map(readGrant).filter((grant): grant is SitePermissionGrant => grant !== undefined);
  }

  async function grantApplication(application: { id: string; displayName: string }, roles: readonly string[]): Promise<SitePermissionGrant> {
    const result = await graph.send({
      method: 'POST',
      path: provisioningPaths.sitePermissions(await siteId()),
      body: { roles, grantedToIdentities: [{ application }] },
    });
    const grant = readGrant(result.body);
    if (grant === undefined) throw new Error('Graph answered the permission grant without a permission object');
    return grant;
  }

  return { siteId, readLists, createList, addColumn, setChoices, probeList, readPermissions, grantApplication };
}

async function alreadyThereIsFine(request: Promise<unknown>): Promise<void> {
  try {
    await request;
  } catch (error: unknown) {
    if (isGraphError(error) && error.kind === 'conflict') return;
    throw error;
  }
}

function readGrant(raw: unknown): SitePermissionGrant | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  if (typeof record['id'] !== 'string') return undefined;
  const roles = Array.isArray(record['roles']) ? (record['roles'] as unknown[]).filter((role): role is string => typeof role === 'string') : [];
  // Graph fills grantedToIdentitiesV2 and (deprecated) grantedToIdentities; read both.
  const identities = [record['grantedToIdentitiesV2'], record['grantedToIdentities']].flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : []));
  const applicationIds = identities
    .map((identity) => (typeof identity === 'object' && identity !== null ? (identity as { application?: { id?: unknown } }).application?.id : undefined))
    .filter((id): id is string => typeof id === 'string');
  return { id: record['id'], roles, applicationIds: [...new Set(applicationIds)] };
}
