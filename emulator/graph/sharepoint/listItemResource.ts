import type { ColumnDefinition } from '../../../src/lists/listSchema';
import type { IdentityRecord, ItemRecord, ItemVersionRecord, ListRecord, SiteRecord } from '../store/storeRecords';
import { eTagOf } from './listItemWrites';
import { listWebUrl } from './sharePointResources';
import { fieldKeyOf } from './validateItemFields';

/** What rendering an item needs besides the item. */
export interface ItemRenderContext {
  readonly site: SiteRecord;
  readonly list: ListRecord;
  readonly columns: readonly ColumnDefinition[];
  /** Site user lookup id of a user (for AuthorLookupId / EditorLookupId). */
  lookupIdOf(userId: string): number;
}

/** How much of an item to return. */
export interface ItemShape {
  readonly expandFields: boolean;
  readonly fieldSelect: readonly string[] | undefined;
  readonly itemSelect: readonly string[] | undefined;
}

const ITEM_CONTENT_TYPE = { id: '0x01', name: 'Item' };

/** The Graph `listItem` resource; `fields` only when expanded, as Graph does. */
export function toGraphListItem(context: ItemRenderContext, item: ItemRecord, shape: ItemShape): Record<string, unknown> {
  const eTag = eTagOf(item);
  const properties: Record<string, unknown> = {
    createdDateTime: item.createdDateTime,
    eTag,
    id: String(item.id),
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${listWebUrl(context.site, context.list)}/DispForm.aspx?ID=${item.id}`,
    createdBy: { user: identityOf(item.createdBy) },
    lastModifiedBy: { user: identityOf(item.lastModifiedBy) },
    parentReference: { id: context.list.id, siteId: context.site.id },
    contentType: ITEM_CONTENT_TYPE,
  };
  const selected = shape.itemSelect === undefined ? properties : pick(properties, shape.itemSelect);
  return {
    '@odata.etag': eTag,
    ...selected,
    ...(shape.expandFields ? { fields: toFieldValueSet(context, item, shape.fieldSelect) } : {}),
  };
}

/**
 * The item's `fieldValueSet`: `@odata.etag`, the selected (or all) fields with values,
 * and SharePoint's own fields. Empty fields are left out, as Graph does.
 */
export function toFieldValueSet(context: ItemRenderContext, item: ItemRecord, select: readonly string[] | undefined): Record<string, unknown> {
  const title = item.fields['Title'];
  const all: Record<string, unknown> = {};
  for (const column of context.columns) {
    const key = fieldKeyOf(column);
    const value = item.fields[key];
    if (value !== undefined) all[key] = value;
  }
  Object.assign(all, {
    id: String(item.id),
    ContentType: ITEM_CONTENT_TYPE.name,
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: String(context.lookupIdOf(item.createdBy.id)),
    EditorLookupId: String(context.lookupIdOf(item.lastModifiedBy.id)),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    ...(title === undefined ? {} : { LinkTitleNoMenu: title, LinkTitle: title }),
    ItemChildCount: '0',
    FolderChildCount: '0',
  });
  const chosen = select === undefined ? all : pick(all, select.flatMap((name) => [name, `${name}LookupId`]));
  return { '@odata.etag': eTagOf(item), ...chosen };
}

/**
 * A `listItemVersion` ("listItemVersion resource type"): id `N.0`, who changed it when,
 * and its `fields` only when expanded (a relationship, as on the item).
 */
export function toGraphListItemVersion(context: ItemRenderContext, item: ItemRecord, version: ItemVersionRecord, expandFields: boolean): Record<string, unknown> {
  const asItem: ItemRecord = { ...item, version: version.version, fields: version.fields, lastModifiedDateTime: version.lastModifiedDateTime, lastModifiedBy: version.lastModifiedBy };
  return {
    id: `${version.version}.0`,
    lastModifiedDateTime: version.lastModifiedDateTime,
    lastModifiedBy: { user: identityOf(version.lastModifiedBy) },
    ...(expandFields ? { fields: toFieldValueSet(context, asItem, undefined) } : {}),
  };
}

function identityOf(identity: IdentityRecord): Record<string, string> {
  return { email: identity.email, id: identity.id, displayName: identity.displayName };
}

function pick(source: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(source, name)) picked[name] = source[name];
  }
  return picked;
}
