import type { StaleETagStatus } from './RouteContext';
import type { ColumnDefinition } from '../../../src/lists/listSchema';
import type { SharePointTables } from '../store/sharePointTables';
import type { IdentityRecord, ItemRecord, ListRecord } from '../store/storeRecords';
import { isEmpty, validateItemFields } from './validateItemFields';
import type { FieldValidationOptions } from './validateItemFields';
import { SharePointError } from './SharePointError';

/** What every item write needs; the caller runs the write inside a transaction. */
export interface ItemWriteContext {
  readonly tables: SharePointTables;
  readonly list: ListRecord;
  /** The list's columns including Title. */
  readonly columns: readonly ColumnDefinition[];
  readonly identity: IdentityRecord;
  /** ISO time of the write, whole seconds. */
  readonly now: string;
}

/** The eTag of an item version, quoted the way Graph returns it: `"{guid},{version}"`. */
export function eTagOf(item: Pick<ItemRecord, 'etagGuid' | 'version'>): string {
  return `"${item.etagGuid},${item.version}"`;
}

/** Validates and inserts a new item; records the change for delta. */
export function createListItem(context: ItemWriteContext, input: unknown, strictness: Pick<FieldValidationOptions, 'requireCollectionAnnotation'>): ItemRecord {
  const values = validateItemFields(context.columns, input, { mode: 'create', ...strictness });
  const fields = withoutEmpty(values);
  const id = context.tables.takeItemId(context.list.id);
  const uniqueValues = claimUniqueValues(context, fields, id);
  const item: ItemRecord = {
    listId: context.list.id,
    id,
    etagGuid: crypto.randomUUID(),
    version: 1,
    fields,
    createdDateTime: context.now,
    lastModifiedDateTime: context.now,
    createdBy: context.identity,
    lastModifiedBy: context.identity,
  };
  context.tables.insertItem(item);
  context.tables.setUniqueValues(context.list.id, id, uniqueValues);
  context.tables.recordChange(context.list.id, id, 'upsert', context.now);
  return item;
}

/** Applies a `PATCH .../fields` body after checking `If-Match`; records the change. */
export function updateListItemFields(context: ItemWriteContext, item: ItemRecord, input: unknown, ifMatch: string | undefined, staleStatus: StaleETagStatus = 412): ItemRecord {
  assertETagMatches(item, ifMatch, staleStatus);
  const values = validateItemFields(context.columns, input, { mode: 'update', requireCollectionAnnotation: true });
  const fields = withoutEmpty({ ...item.fields, ...values });
  const uniqueValues = claimUniqueValues(context, fields, item.id);
  const updated: ItemRecord = {
    ...item,
    version: item.version + 1,
    fields,
    lastModifiedDateTime: context.now,
    lastModifiedBy: context.identity,
  };
  context.tables.updateItem(updated);
  context.tables.setUniqueValues(context.list.id, item.id, uniqueValues);
  context.tables.recordChange(context.list.id, item.id, 'upsert', context.now);
  return updated;
}

/** Deletes an item after checking `If-Match`; records the deletion for delta. */
export function deleteListItem(context: ItemWriteContext, item: ItemRecord, ifMatch: string | undefined, staleStatus: StaleETagStatus = 412): void {
  assertETagMatches(item, ifMatch, staleStatus);
  context.tables.deleteItem(context.list.id, item.id);
  context.tables.setUniqueValues(context.list.id, item.id, new Map());
  context.tables.recordChange(context.list.id, item.id, 'delete', context.now);
}

/**
 * `If-Match` absent or `*` is unconditional; otherwise it must name the current
 * version. Weak prefixes and missing quotes are tolerated, as HTTP clients vary. A stale
 * tag is 412 by default, or 409 `resourceModified` as SharePoint is reported to answer too.
 */
export function assertETagMatches(item: ItemRecord, ifMatch: string | undefined, staleStatus: StaleETagStatus = 412): void {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return;
  const current = unquote(eTagOf(item));
  // The eTag itself contains a comma, so a list of tags is split on the quotes.
  const offered = ifMatch.includes('"') ? (ifMatch.match(/(W\/)?"[^"]*"/g) ?? [ifMatch]) : [ifMatch];
  if (!offered.some((tag) => unquote(tag) === current)) {
    if (staleStatus === 409) throw new SharePointError(409, 'resourceModified', 'The resource has changed since the caller last read it; usually an eTag mismatch');
    throw new SharePointError(412, 'preconditionFailed', 'The request ETag value does not match the object\'s ETag value.');
  }
}

function unquote(tag: string): string {
  return tag.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}

function withoutEmpty(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => !isEmpty(value)));
}

/**
 * The values of the item's unique columns, keyed the way SharePoint compares them
 * (text case-insensitively); 409 when another item already holds one.
 */
function claimUniqueValues(context: ItemWriteContext, fields: Record<string, unknown>, itemId: number): Map<string, string> {
  const claimed = new Map<string, string>();
  for (const column of context.columns) {
    if (column.enforceUniqueValues !== true) continue;
    const value = fields[column.name];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const valueKey = typeof value === 'string' ? `s:${value.toLowerCase()}` : `n:${value}`;
    const owner = context.tables.uniqueValueOwner(context.list.id, column.name.toLowerCase(), valueKey);
    if (owner !== undefined && owner !== itemId) {
      throw new SharePointError(
        409,
        'nameAlreadyExists',
        `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column.name}].`,
      );
    }
    claimed.set(column.name.toLowerCase(), valueKey);
  }
  return claimed;
}
