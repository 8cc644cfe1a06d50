import type { ColumnDefinition } from '../../../src/lists/listSchema';

/** A SharePoint site as the emulator keeps it. */
export interface SiteRecord {
  /** Graph site id: `hostname,siteCollectionGuid,webGuid`. */
  readonly id: string;
  readonly hostname: string;
  /** Server-relative path as created, e.g. `/sites/ivho`. */
  readonly serverRelativePath: string;
  readonly displayName: string;
  readonly createdDateTime: string;
}

/** A SharePoint list. */
export interface ListRecord {
  /** List GUID. */
  readonly id: string;
  readonly siteId: string;
  readonly displayName: string;
  readonly description: string;
  readonly template: string;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
}

/** A column of a list: its Graph definition plus the id Graph gives it. */
export interface StoredColumn {
  readonly id: string;
  readonly definition: ColumnDefinition;
}

/** Who created or last changed an item (Graph's `identity`). */
export interface IdentityRecord {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
}

/** A list item: user field values plus the bookkeeping SharePoint does itself. */
export interface ItemRecord {
  readonly listId: string;
  /** SharePoint item id: 1, 2, 3 ... per list, never reused. */
  readonly id: number;
  /** Stable GUID half of the eTag. */
  readonly etagGuid: string;
  /** Version half of the eTag; +1 on every update. */
  readonly version: number;
  /** Values of the list's own columns (and Title), keyed by internal name; absent = empty. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
  readonly createdBy: IdentityRecord;
  readonly lastModifiedBy: IdentityRecord;
}

/** One entry of a list's change log, read by delta queries. */
export type ChangeKind = 'upsert' | 'delete';

/** One stored version of an item: its fields and who changed it when. */
export interface ItemVersionRecord {
  /** 1 for the item as created, +1 with every update (SharePoint's major versions 1.0, 2.0, ...). */
  readonly version: number;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly lastModifiedDateTime: string;
  readonly lastModifiedBy: IdentityRecord;
}
