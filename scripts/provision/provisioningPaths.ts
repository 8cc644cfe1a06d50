import type { SiteAddress } from '../../src/graph';

/**
 * Every Graph path the admin CLIs build that src/graph's ListClient does not: site
 * lookup, lists with their columns, list and column creation, site permissions.
 * Paths are relative to the service root (`/v1.0` or the emulator's `/graph/v1.0`).
 */
export const provisioningPaths = {
  /** `GET /sites/{host}:/{path}`; the root site is `/sites/{host}`. */
  siteByAddress(site: SiteAddress): string {
    if (site.sitePath === '/' || site.sitePath === '') return `/sites/${site.siteHostname}`;
    const path = site.sitePath.split('/').filter((segment) => segment !== '').map(encodeURIComponent).join('/');
    return `/sites/${site.siteHostname}:/${path}`;
  },
  /** Every list of the site with its columns, in one request per page. */
  listsWithColumns(siteId: string): string {
    return `/sites/${siteId}/lists?$expand=columns`;
  },
  /** `POST` target for a new list. */
  lists(siteId: string): string {
    return `/sites/${siteId}/lists`;
  },
  /** One list by id or display name. */
  list(siteId: string, listIdOrName: string): string {
    return `/sites/${siteId}/lists/${encodeURIComponent(listIdOrName)}`;
  },
  /** `POST` target for a new column. */
  columns(siteId: string, listId: string): string {
    return `/sites/${siteId}/lists/${encodeURIComponent(listId)}/columns`;
  },
  /** The first item of a list, no fields: the cheapest read that proves read access. */
  firstItem(siteId: string, listId: string): string {
    return `/sites/${siteId}/lists/${encodeURIComponent(listId)}/items?$top=1`;
  },
  /** Application permissions on the site (Sites.Selected grants). */
  sitePermissions(siteId: string): string {
    return `/sites/${siteId}/permissions`;
  },
} as const;
