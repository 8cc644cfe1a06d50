import { z } from 'zod';
import { optionalEntry } from './optionalEntry';

/**
 * A list item as Microsoft Graph returns it from `GET .../items?expand=fields(select=...)`
 * or from a delta page. Only the envelope is typed here; `fields` is validated per list.
 */
export interface GraphListItem {
  readonly id: string;
  readonly eTag?: string;
  readonly createdDateTime?: string;
  readonly lastModifiedDateTime?: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** The envelope fields every domain object carries, taken from the Graph item. */
export interface ListItemMeta {
  /** The SharePoint item id (a number in string form). */
  readonly id: string;
  /** The item's eTag, sent back as `If-Match` when updating. */
  readonly eTag: string;
  /** ISO date-time of the last change, from `lastModifiedDateTime`. */
  readonly lastModified: string;
  /** ISO date-time the item was created, from `createdDateTime`: when a report was received. */
  readonly created?: string;
  /**
   * The object id of the user who created the item, from `createdBy.user.id`: set by
   * SharePoint, so it decides authorship ("my answers", "who coordinates"), never a UPN
   * column the client wrote. Undefined when Graph gave none.
   */
  readonly authorId?: string;
  /** The object id of whoever changed the item last, from `lastModifiedBy.user.id`; read the same way. */
  readonly lastModifiedById?: string;
}

const graphListItemSchema = z.object({
  id: z.string().min(1),
  eTag: z.string().min(1).optional(),
  createdDateTime: z.string().optional(),
  lastModifiedDateTime: z.string().optional(),
  // Read leniently: a malformed createdBy leaves the item without an author, it does not drop it.
  createdBy: z.unknown().optional(),
  lastModifiedBy: z.unknown().optional(),
  fields: z.record(z.string(), z.unknown()),
});

/** `createdBy.user.id` or `lastModifiedBy.user.id`, when it is a non-empty string. */
function userIdOf(identitySet: unknown): string | undefined {
  if (typeof identitySet !== 'object' || identitySet === null) return undefined;
  const user = (identitySet as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return undefined;
  const id = (user as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** Result of checking a raw value for the Graph list-item envelope. */
export type ListItemEnvelopeResult =
  | { readonly ok: true; readonly meta: ListItemMeta; readonly fields: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks the envelope of a raw Graph list item and extracts its meta data. The eTag
 * falls back to `fields["@odata.etag"]` and the modification time to `fields.Modified`,
 * because a `select` on fields can leave out the item-level properties.
 */
export function readListItemEnvelope(raw: unknown): ListItemEnvelopeResult {
  const parsed = graphListItemSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, reason: `not a list item with id and fields (${parsed.error.issues.map((issue) => issue.path.join('.') || 'item').join(', ')})` };
  }
  const item = parsed.data;
  const fieldEtag = item.fields['@odata.etag'];
  const eTag = item.eTag ?? (typeof fieldEtag === 'string' && fieldEtag !== '' ? fieldEtag : undefined);
  if (eTag === undefined) {
    return { ok: false, reason: 'eTag: missing' };
  }
  const modified = item.fields['Modified'];
  const lastModified = item.lastModifiedDateTime ?? (typeof modified === 'string' ? modified : undefined);
  if (lastModified === undefined) {
    return { ok: false, reason: 'lastModifiedDateTime: missing' };
  }
  const authorId = userIdOf(item.createdBy);
  const lastModifiedById = userIdOf(item.lastModifiedBy);
  const created = item.createdDateTime;
  return {
    ok: true,
    meta: {
      id: item.id,
      eTag,
      lastModified,
      ...optionalEntry('created', created),
      ...optionalEntry('authorId', authorId),
      ...optionalEntry('lastModifiedById', lastModifiedById),
    },
    fields: item.fields,
  };
}

/** The item id of a raw value, for skip reports; `(unknown)` when there is none. */
export function rawItemId(raw: unknown): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw) {
    const id = raw.id;
    if (typeof id === 'string' && id !== '') {
      return id;
    }
    if (typeof id === 'number') {
      return String(id);
    }
  }
  return '(unknown)';
}

/** True for the tombstone a delta page returns for a deleted item (`{"deleted": {...}}`). */
export function isDeletedListItem(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'deleted' in raw && raw.deleted != null;
}
